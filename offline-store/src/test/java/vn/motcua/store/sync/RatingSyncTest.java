package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingKeypad.KeyPress;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.demo.DemoQueue;
import vn.motcua.store.queue.MutableClock;

/** A rating reaches the province with the dossier of its service ({@code DanhGiaHaiLong}); flagged presses do not. */
class RatingSyncTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);
    private ProvinceSandbox province;
    private OfflineStore store;
    private SyncEngine engine;
    private QueueDesk queue;
    private RatingDesk ratings;

    @BeforeEach
    void open() throws java.io.IOException {
        province = ProvinceSandbox.start(SandboxOptions.defaults());
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        store.loadDemoQueueIfEmpty();
        engine = store.syncEngine(Optional.of(TestSyncSettings.forProvince(province.serviceUri()).settings()), clock,
                new SplittableRandom(7));
        queue = new QueueDesk(store.queue(), WorkCalendar.vietnam(), clock);
        ratings = new RatingDesk(store.queue(), RatingRules.defaults(), clock);
    }

    @AfterEach
    void close() {
        engine.close();
        store.close();
        province.close();
    }

    @Test
    void theRatingOfTheVisitADossierWasTakenInOnIsSentWithItAndItsReasonFollows() {
        Ticket ticket = served();
        Dossier dossier = takenIn(ticket, 1);
        Dossier second = takenIn(ticket, 2);
        engine.drainUntilIdle();
        assertThat(sent(dossier).path("DanhGiaHaiLong")).as("not rated yet").isEmpty();

        ratings.press(1, new KeyPress("KP01", 2, 0, clock.instant())); // not armed: stays on the desk
        ratings.arm(1, Optional.of(ticket), Optional.of(dossier.code()), "canbo.lan");
        ratings.press(1, new KeyPress("KP01", 3, 0, clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        ratings.settle();
        assertThat(store.outbox().backlog()).as("both dossiers of the visit queued").isEqualTo(2);
        engine.drainUntilIdle();

        for (Dossier each : List.of(dossier, second)) {
            JsonNode rated = sent(each).path("DanhGiaHaiLong");
            assertThat(rated).hasSize(1);
            assertThat(rated.get(0).path("MucDo").asInt()).isEqualTo(4);
            assertThat(rated.get(0).path("TenMucDo").asText()).isEqualTo("Không hài lòng");
            assertThat(rated.get(0).path("Quay").asInt()).isEqualTo(1);
            assertThat(rated.get(0).path("CanBo").asText()).isEqualTo("canbo.lan");
            assertThat(rated.get(0).path("ThoiDiem").asText()).isEqualTo("20251105080000");
            assertThat(rated.get(0).path("LyDo").isNull()).isTrue();
        }

        long id = store.queue().ratings(1, MORNING).getLast().id();
        ratings.giveReason(id, "Phải chờ đợi lâu");
        engine.drainUntilIdle();
        assertThat(sent(dossier).path("DanhGiaHaiLong").get(0).path("LyDo").asText()).isEqualTo("Phải chờ đợi lâu");
    }

    @Test
    void aResultHandedBackWithoutATicketIsRatedOnItsDossier() {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(3),
                SampleDossiers.owner("Công dân 3", "079201000003"), MORNING, List.of());
        store.dossiers().save(dossier);
        engine.drainUntilIdle();

        ratings.arm(1, Optional.empty(), Optional.of(dossier.code()), "canbo.lan");
        ratings.press(1, new KeyPress("screen", 1, 0, clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        ratings.settle();
        engine.drainUntilIdle();

        assertThat(sent(dossier).path("DanhGiaHaiLong")).singleElement()
                .satisfies(r -> assertThat(r.path("MucDo").asInt()).isEqualTo(1));
    }

    private Ticket served() {
        Ticket issued = queue.issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        CounterDesk counter = queue.counter(1, "canbo.lan");
        assertThat(counter.callNext().orElseThrow().id()).isEqualTo(issued.id());
        return counter.finish().orElseThrow();
    }

    private Dossier takenIn(Ticket ticket, int sequence) {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(sequence),
                SampleDossiers.owner("Công dân " + sequence, "07920100000" + sequence), MORNING, List.of());
        store.dossiers().save(dossier);
        store.dossierTickets().link(dossier.code(), new ServedTicket(ticket.id(), 1), "canbo.lan", MORNING);
        return dossier;
    }

    private JsonNode sent(Dossier dossier) {
        return province.admin().dossier(dossier.code().value()).orElseThrow();
    }
}
