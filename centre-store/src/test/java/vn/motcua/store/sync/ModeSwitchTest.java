package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.intake.DossierTickets;
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

/**
 * A desk that took dossiers in on its own queue (single-PC mode) is switched to a centre, whose server numbers its
 * tickets from its own sequence: the centre's first ticket has the same id as the desk's old one. The old link must
 * not tie the old dossier to the centre's ticket (its rating, the dossiers queued for it, the ratings sent to the
 * province), and links made in centre mode work. Real SQLite files, a real PostgreSQL server, the province sandbox.
 */
class ModeSwitchTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);

    @TempDir
    Path dir;
    private final PostgresCluster cluster = PostgresCluster.shared();
    private final MutableClock clock = new MutableClock(MORNING);
    private String database;
    private ProvinceSandbox province;

    @BeforeEach
    void open() throws IOException {
        database = cluster.freshDatabase();
        province = ProvinceSandbox.start(SandboxOptions.defaults());
    }

    @AfterEach
    void close() {
        province.close();
        cluster.dropDatabase(database);
    }

    @Test
    void aDossierOfTheDesksOwnQueueIsNeverTiedToTheCentreTicketWithTheSameId() {
        // Single-PC mode: the desk's own queue, a ticket, a dossier taken in on it, rated "very satisfied".
        Ticket localTicket;
        Dossier before;
        try (OfflineStore desk = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
                SyncEngine engine = desk.syncEngine(Optional.of(settings()), clock, new SplittableRandom(7))) {
            desk.loadDemoQueueIfEmpty();
            QueueDesk queue = new QueueDesk(desk.queue(), WorkCalendar.vietnam(), clock);
            RatingDesk ratings = new RatingDesk(desk.queue(), RatingRules.defaults(), clock);
            localTicket = served(queue);
            before = takenIn(desk, desk.dossierTickets(), localTicket, 1);
            ratings.arm(1, Optional.of(localTicket), Optional.empty(), "canbo.lan");
            ratings.press(1, new KeyPress("KP01", 1, 0, clock.instant()));
            clock.advance(Duration.ofSeconds(1));
            ratings.settle();
            engine.drainUntilIdle();
            assertThat(levels(before)).as("single-PC mode: the desk's rating goes with its dossier").containsExactly(1);
        }

        // The desk restarts in centre mode; the centre's queue issues a ticket with the same number as the old one.
        clock.advance(Duration.ofHours(2));
        try (OfflineStore desk = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
                PostgresQueueStore centre = PostgresQueueStore.open(cluster.deskSettings(database));
                SyncEngine engine = desk.syncEngine(Optional.of(settings()), centre, clock,
                        new SplittableRandom(7))) {
            centre.saveConfigurationIfEmpty(DemoQueue.configuration());
            QueueDesk queue = new QueueDesk(centre, WorkCalendar.vietnam(), clock);
            RatingDesk ratings = new RatingDesk(centre, RatingRules.defaults(), clock);
            ratings.addListener(desk.ratedDossierQueue());
            DossierTickets links = desk.centreDossierTickets();

            assertThat(links.dossiersOf(localTicket.id())).as("before any centre intake: nothing on that number")
                    .isEmpty();
            Ticket centreTicket = served(queue);
            assertThat(centreTicket.id()).as("the centre's ticket has the old ticket's id").isEqualTo(localTicket.id());
            assertThat(links.dossiersOf(centreTicket.id())).as("the counter panel finds no dossier of it").isEmpty();
            assertThat(links.of(before.code())).as("the old dossier has no centre ticket").isEmpty();

            Dossier after = takenIn(desk, links, centreTicket, 2);
            engine.drainUntilIdle();
            assertThat(links.dossiersOf(centreTicket.id())).as("a link made in centre mode works")
                    .containsExactly(after.code());
            assertThat(links.of(after.code())).contains(new ServedTicket(centreTicket.id(), 1));

            // The centre's ticket is rated "unsatisfied": only the dossier taken in on it is queued and carries it.
            ratings.arm(1, Optional.of(centreTicket), Optional.of(after.code()), "canbo.lan");
            ratings.press(1, new KeyPress("KP01", 3, 0, clock.instant()));
            clock.advance(Duration.ofSeconds(1));
            ratings.settle();
            assertThat(desk.outbox().backlog()).as("only the centre-mode dossier is queued for the rating")
                    .isEqualTo(1);
            engine.drainUntilIdle();
            assertThat(levels(after)).containsExactly(4);

            // The old dossier changes later: it is sent with its own rating, read from the desk's own store.
            desk.dossiers().save(before);
            engine.drainUntilIdle();
            assertThat(levels(before)).as("its single-PC rating, not the centre ticket's").containsExactly(1);

            assertThat(desk.dossierTickets().of(before.code())).as("the old link is kept")
                    .contains(new ServedTicket(localTicket.id(), 1));
            assertThat(desk.dossiers().find(before.code())).as("the old dossier is kept").isPresent();
        }
    }

    private static Ticket served(QueueDesk queue) {
        Ticket issued = queue.issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        CounterDesk counter = queue.counter(1, "canbo.lan");
        assertThat(counter.callNext().orElseThrow().id()).isEqualTo(issued.id());
        return counter.finish().orElseThrow();
    }

    private Dossier takenIn(OfflineStore desk, DossierTickets links, Ticket ticket, int sequence) {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(sequence),
                SampleDossiers.owner("Công dân " + sequence, "07920100000" + sequence), LocalDateTime.now(clock), List.of());
        desk.dossiers().save(dossier);
        links.link(dossier.code(), new ServedTicket(ticket.id(), 1), "canbo.lan", LocalDateTime.now(clock));
        return dossier;
    }

    private SyncSettings settings() {
        return TestSyncSettings.forProvince(province.serviceUri()).settings();
    }

    /** The levels ({@code MucDo}) of the ratings the province holds for the dossier. */
    private List<Integer> levels(Dossier dossier) {
        JsonNode rated = province.admin().dossier(dossier.code().value()).orElseThrow().path("DanhGiaHaiLong");
        return java.util.stream.StreamSupport.stream(rated.spliterator(), false)
                .map(rating -> rating.path("MucDo").asInt()).toList();
    }
}
