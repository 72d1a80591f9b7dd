package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.centre.CentreSettings;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
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
import vn.motcua.core.sync.DossierSyncState;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.demo.DemoQueue;
import vn.motcua.store.queue.MutableClock;

/**
 * Centre mode: the queue and the ratings on the centre's PostgreSQL server, the dossiers and the outbox in the
 * counter's own SQLite store. A rating committed on the server queues the counter's dossiers it concerns, and their
 * push reads the ratings from the server, so the province gets them with the dossier ({@code DanhGiaHaiLong}).
 */
class CentreRatingSyncTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);

    @TempDir
    Path dir;
    private final PostgresCluster cluster = PostgresCluster.shared();
    private final MutableClock clock = new MutableClock(MORNING);
    private String database;
    private PostgresQueueStore centre;
    private ProvinceSandbox province;
    private OfflineStore counter;
    private SyncEngine engine;
    private QueueDesk queue;

    @BeforeEach
    void open() throws IOException {
        database = cluster.freshDatabase();
        centre = PostgresQueueStore.open(cluster.deskSettings(database));
        centre.saveConfigurationIfEmpty(DemoQueue.configuration());
        province = ProvinceSandbox.start(SandboxOptions.defaults());
        counter = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        engine = counter.syncEngine(Optional.of(TestSyncSettings.forProvince(province.serviceUri()).settings()),
                centre, clock, new SplittableRandom(7));
        queue = new QueueDesk(centre, WorkCalendar.vietnam(), clock);
    }

    @AfterEach
    void close() {
        engine.close();
        counter.close();
        province.close();
        centre.close();
        cluster.dropDatabase(database);
    }

    @Test
    void aRatingOnTheCentresServerReachesTheProvinceWithEveryDossierOfItsVisitAndItsReasonFollows()
            throws SQLException {
        RatingDesk ratings = new RatingDesk(centre, RatingRules.defaults(), clock);
        ratings.addListener(counter.ratedDossierQueue());
        Ticket ticket = served();
        Dossier dossier = takenIn(ticket, 1);
        Dossier second = takenIn(ticket, 2);
        engine.drainUntilIdle();
        assertThat(sent(dossier).path("DanhGiaHaiLong")).as("not rated yet").isEmpty();

        ratings.press(1, new KeyPress("KP01", 2, 0, clock.instant())); // not armed: stays on the server
        ratings.arm(1, Optional.of(ticket), Optional.of(dossier.code()), "canbo.lan");
        ratings.press(1, new KeyPress("KP01", 3, 0, clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        ratings.settle();

        assertThat(counter.outbox().backlog()).as("both dossiers of the visit queued on the counter").isEqualTo(2);
        assertThat(localRatingRows()).as("the ratings are on the centre's server, not the counter's store").isZero();
        engine.drainUntilIdle();
        for (Dossier each : List.of(dossier, second)) {
            JsonNode rated = sent(each).path("DanhGiaHaiLong");
            assertThat(rated).hasSize(1);
            assertThat(rated.get(0).path("MucDo").asInt()).isEqualTo(4);
            assertThat(rated.get(0).path("Quay").asInt()).isEqualTo(1);
            assertThat(rated.get(0).path("CanBo").asText()).isEqualTo("canbo.lan");
            assertThat(rated.get(0).path("ThoiDiem").asText()).isEqualTo("20251105080000");
            assertThat(rated.get(0).path("LyDo").isNull()).isTrue();
        }

        long id = centre.ratings(1, MORNING).getLast().id();
        ratings.giveReason(id, "Phải chờ đợi lâu");
        assertThat(counter.outbox().backlog()).isEqualTo(2);
        engine.drainUntilIdle();
        assertThat(sent(second).path("DanhGiaHaiLong").get(0).path("LyDo").asText()).isEqualTo("Phải chờ đợi lâu");
    }

    /** The desk stopped between the server's commit and queuing its dossiers: the rating goes with the next push. */
    @Test
    void aRatingWhoseDossiersWereNeverQueuedGoesWithTheDossiersNextPush() {
        RatingDesk stoppedBeforeQueuing = new RatingDesk(centre, RatingRules.defaults(), clock);
        Ticket ticket = served();
        Dossier dossier = takenIn(ticket, 3);
        engine.drainUntilIdle();
        stoppedBeforeQueuing.arm(1, Optional.of(ticket), Optional.of(dossier.code()), "canbo.lan");
        stoppedBeforeQueuing.press(1, new KeyPress("screen", 1, 0, clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        stoppedBeforeQueuing.settle();
        assertThat(counter.outbox().backlog()).isZero();

        counter.dossiers().save(dossier); // any later change of the dossier
        engine.drainUntilIdle();

        assertThat(sent(dossier).path("DanhGiaHaiLong")).singleElement()
                .satisfies(r -> assertThat(r.path("MucDo").asInt()).isEqualTo(1));
    }

    /**
     * Each push carries the dossier's whole list of ratings, which the province keeps: pushing without them while the
     * server is away would erase them there, so the push waits for its retry instead.
     */
    @Test
    void withTheCentresServerAwayADossierWaitsRatherThanGoingWithoutItsRatings() throws IOException {
        CentreSettings desk = cluster.deskSettings(database);
        try (PostgresQueueStore away = PostgresQueueStore.open(new CentreSettings(
                "jdbc:postgresql://127.0.0.1:" + closedPort() + "/" + database, desk.user(), desk.passwordFile(),
                Duration.ofSeconds(1), desk.statementTimeout(), 1));
                SyncEngine cutOff = counter.syncEngine(
                        Optional.of(TestSyncSettings.forProvince(province.serviceUri()).settings()), away, clock,
                        new SplittableRandom(7))) {
            Dossier dossier = SampleDossiers.received(SampleDossiers.code(4),
                    SampleDossiers.owner("Công dân 4", "079201000004"), MORNING, List.of());
            counter.dossiers().save(dossier);

            assertThat(cutOff.drainUntilIdle()).isEqualTo(1);

            assertThat(province.admin().dossier(dossier.code().value())).isEmpty();
            assertThat(counter.outbox().stateOf(dossier.code().value())).hasValueSatisfying(state -> {
                assertThat(state.delivery()).isEqualTo(DossierSyncState.Delivery.PENDING);
                assertThat(state.message()).contains("centre");
            });
        }
    }

    private Ticket served() {
        Ticket issued = queue.issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        CounterDesk desk = queue.counter(1, "canbo.lan");
        assertThat(desk.callNext().orElseThrow().id()).isEqualTo(issued.id());
        return desk.finish().orElseThrow();
    }

    private Dossier takenIn(Ticket ticket, int sequence) {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(sequence),
                SampleDossiers.owner("Công dân " + sequence, "07920100000" + sequence), MORNING, List.of());
        counter.dossiers().save(dossier);
        counter.centreDossierTickets().link(dossier.code(), new ServedTicket(ticket.id(), 1), "canbo.lan", MORNING);
        return dossier;
    }

    private JsonNode sent(Dossier dossier) {
        return province.admin().dossier(dossier.code().value()).orElseThrow();
    }

    private long localRatingRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM rating")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A port nothing listens on: connections are refused at once, as when the server is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
