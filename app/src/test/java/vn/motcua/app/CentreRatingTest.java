package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.counter.CounterPanelViewModel;
import vn.motcua.centre.CentreSettings;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.core.statistics.DossierRecord;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.sync.SyncLogEntry;
import vn.motcua.store.demo.DemoQueue;

/**
 * A counter PC in centre mode on a real PostgreSQL server: the citizen's rating at the end of the service is stored
 * on the centre's server with its ticket's RATED event, where the supervisor's PC reads it, and the dossier taken in
 * on that ticket, kept in the counter's own store, is queued for the province again.
 */
class CentreRatingTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 23, 0, 0);

    @TempDir
    Path directory;
    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;
    private TestDesk desk;
    private CounterPanelViewModel panel;

    @BeforeEach
    void open() throws IOException {
        database = cluster.freshDatabase();
        CentreSettings centre = cluster.deskSettings(database);
        Files.writeString(directory.resolve(DeskSettings.FILE_NAME), """
                centre.jdbcUrl=%s
                centre.user=%s
                centre.passwordFile=%s
                """.formatted(centre.jdbcUrl(), centre.user(),
                centre.passwordFile().toString().replace("\\", "/")), StandardCharsets.UTF_8);
        desk = TestDesk.open(directory);
        panel = new CounterPanelViewModel(desk.services.queue(), desk.services.ratings(),
                desk.services.dossierTickets(), 3, "lan.nt", desk.executor, desk.messages(), desk.clock);
        panel.start();
    }

    @AfterEach
    void close() {
        panel.dispose();
        desk.close();
        cluster.dropDatabase(database);
    }

    @Test
    void theRatingIsStoredOnTheCentresServerAndTheCountersDossierIsQueuedForTheProvince() {
        assertThat(desk.services.centreMode()).isTrue();
        desk.services.queue().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        panel.callNext();
        Ticket ticket = desk.services.queue().counter(3, "lan.nt").state().orElseThrow().current().orElseThrow();
        Dossier dossier = desk.receive(5, "Vũ Đình Khải", "024088004321", LocalDateTime.of(2026, 11, 23, 8, 0),
                Optional.of(LocalDateTime.of(2026, 11, 25, 8, 0)), "lan.nt");
        desk.services.dossierTickets().link(dossier.code(), new ServedTicket(ticket.id(), 3), "lan.nt",
                LocalDateTime.of(2026, 11, 23, 8, 0));

        panel.finish();
        desk.services.ratingScreen().touch(3);
        desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        desk.services.ratings().settle();

        assertThat(panel.ratingStatusProperty().get()).isEqualTo("Đánh giá vé B001: Không hài lòng");
        try (PostgresQueueStore supervisor = PostgresQueueStore.open(cluster.deskSettings(database))) {
            Rating rating = supervisor.ratings(3, DAY).getLast();
            assertThat(rating.level()).contains(RatingLevel.UNSATISFIED);
            assertThat(rating.ticket()).contains(ticket.id());
            assertThat(rating.dossier()).contains(dossier.code());
            assertThat(rating.clerk()).contains("lan.nt");
            assertThat(supervisor.history(ticket.id()).getLast().kind()).isEqualTo(TicketEventKind.RATED);
        }
        assertThat(desk.services.store().queue().ratings(3, DAY)).as("nothing in the counter's own store").isEmpty();
        assertThat(desk.services.syncLog()).filteredOn(entry -> entry.dossierCode().equals(dossier.code().value()))
                .extracting(SyncLogEntry::kind).contains("RATED");
    }

    @Test
    void theSupervisorsStatisticsAreTheWholeCentresQueueAndRatingsWithThisDesksDossiers() {
        // a kiosk on another PC of the centre issues a ticket nobody has called yet
        try (PostgresQueueStore kiosk = PostgresQueueStore.open(cluster.deskSettings(database))) {
            new QueueDesk(kiosk, WorkCalendar.vietnam(), desk.clock).issue(DemoQueue.SCHOOL_TRANSFER,
                    PriorityGroup.NORMAL).orElseThrow();
        }
        panel.callNext();
        Dossier dossier = desk.receive(5, "Vũ Đình Khải", "024088004321", LocalDateTime.of(2026, 11, 23, 8, 0),
                Optional.of(LocalDateTime.of(2026, 11, 25, 8, 0)), "lan.nt");
        desk.clock.advance(Duration.ofMinutes(6));
        panel.finish();
        desk.services.ratingScreen().touch(1);
        desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        desk.services.ratings().settle();
        desk.services.queue().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();

        Period day = Period.day(DAY.toLocalDate());
        OfficeFigures figures = desk.services.statistics().report(day, desk.services.statisticsTargets()).figures();

        assertThat(figures.queue(GroupKey.TOTAL).issued()).isEqualTo(2);
        assertThat(figures.queue(GroupKey.TOTAL).served()).isEqualTo(1);
        assertThat(figures.satisfaction(GroupKey.TOTAL).levels().get(RatingRecord.Level.VERY_SATISFIED)).isEqualTo(1);
        assertThat(figures.dossiers(GroupKey.TOTAL).received()).isEqualTo(1);
        assertThat(desk.services.statistics().records(day).dossiers()).extracting(DossierRecord::code)
                .containsExactly(dossier.code().value());
        assertThat(desk.services.store().statistics(desk.clock).records(day).tickets())
                .as("nothing of the queue in the counter's own store").isEmpty();
    }
}
