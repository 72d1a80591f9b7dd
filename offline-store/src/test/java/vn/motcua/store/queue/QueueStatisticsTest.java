package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.store.queue.TestOffice.A;
import static vn.motcua.store.queue.TestOffice.B;
import static vn.motcua.store.queue.TestOffice.C;
import static vn.motcua.store.queue.TestOffice.DAY;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DueDateChange;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.TransferTarget;
import vn.motcua.core.statistics.DossierFigures;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.QueueFigures;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.sqlite.SqliteStatistics;
import vn.motcua.store.statistics.FiguresCodec;

/**
 * Statistics of a morning played through the real queue desk, real dossier store and a real SQLite file, against
 * figures worked out by hand; and the closed days kept in {@code statistics_day} following every later change.
 */
class QueueStatisticsTest {
    @TempDir
    Path dir;
    private OfflineStore store;
    private TestOffice office;
    private SqliteStatistics statistics;

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        office = new TestOffice(new QueueStoreContract.OpenStore(store.queue(), store));
        statistics = store.statistics(office.clock);
    }

    @AfterEach
    void close() {
        office.close();
    }

    /**
     * 08:00 A1, 08:02 B1, 08:04 A2 issued. Counter 1 calls A1 at 08:10 and finishes at 08:20 (600 s). Counter 2
     * calls B1 at 08:12, recalls at 08:13 and transfers it to C at 08:14; counter 3 calls it at 08:30 and finishes
     * at 08:40 (600 s). Counter 1 calls A2 at 08:21, who does not come (no-show at 08:22). Counter 1 serves a
     * walk-in for B from 08:25 to 08:31 (360 s).
     */
    private void playTheMorning() {
        CounterDesk one = office.desk.counter(1, "canbo.mot");
        CounterDesk two = office.desk.counter(2, "canbo.hai");
        CounterDesk three = office.desk.counter(3, "canbo.ba");
        issue(A, 8, 0);
        issue(B, 8, 2);
        issue(A, 8, 4);
        office.at(8, 10);
        assertThat(one.callNext().orElseThrow().number().prefix()).isEqualTo("A");
        office.at(8, 11);
        one.startServing().orElseThrow();
        office.at(8, 12);
        assertThat(two.callNext().orElseThrow().number().prefix()).isEqualTo("B");
        office.at(8, 13);
        two.recall().orElseThrow();
        office.at(8, 14);
        two.transfer(new TransferTarget.ToService(C), QueuePosition.FRONT, false).orElseThrow();
        office.at(8, 20);
        one.finish().orElseThrow();
        office.at(8, 21);
        one.callNext().orElseThrow();
        office.at(8, 22);
        one.markNoShow().orElseThrow();
        office.at(8, 25);
        one.serveWalkIn(B).orElseThrow();
        office.at(8, 30);
        three.callNext().orElseThrow();
        office.at(8, 31);
        one.finish().orElseThrow();
        office.at(8, 40);
        three.finish().orElseThrow();
    }

    private void issue(vn.motcua.core.queue.ServiceId service, int hour, int minute) {
        office.at(hour, minute);
        office.desk.issue(service, PriorityGroup.NORMAL).orElseThrow();
    }

    private void rate(LocalDateTime at, int counter, String clerk, String level, String flag, String reason)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO rating (counter, keypad, key_number, ticket_id, dossier_code, clerk, level, flag, reason,
                                            pressed_at, held_ms)
                        VALUES (?, 'pad', 1, (SELECT max(id) FROM ticket), NULL, ?, ?, ?, ?, ?, 0)""")) {
            insert.setInt(1, counter);
            insert.setString(2, clerk);
            insert.setString(3, level);
            insert.setString(4, flag);
            insert.setString(5, reason);
            insert.setString(6, at.toString());
            insert.executeUpdate();
        }
    }

    private int keptDays() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM statistics_day")) {
            return rows.getInt(1);
        }
    }

    @Test
    void aMorningAtTheCountersWorkedOutByHand() throws SQLException {
        playTheMorning();
        rate(DAY.atTime(8, 21), 1, "canbo.mot", "VERY_SATISFIED", "NONE", null);
        rate(DAY.atTime(8, 41), 3, "canbo.ba", "UNSATISFIED", "NONE", "Chờ lâu");
        rate(DAY.atTime(8, 41, 5), 3, "canbo.ba", "VERY_SATISFIED", "REPEATED", null);
        // a key the scale does not map: stored without a level, no rating (it once made the statistics fail)
        rate(DAY.atTime(8, 41, 8), 3, "canbo.ba", null, "UNKNOWN_KEY", null);

        OfficeFigures today = statistics.figures(Period.day(DAY), StatisticsTargets.defaults());
        QueueFigures total = today.queue(GroupKey.TOTAL);
        assertThat(total.issued()).isEqualTo(4);
        assertThat(total.walkIns()).isEqualTo(1);
        assertThat(total.served()).isEqualTo(3);
        assertThat(total.noShows()).isEqualTo(1);
        assertThat(total.transferred()).isEqualTo(1);
        assertThat(total.noShowShare().getAsDouble()).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        // waits: A1 600 s, B1 600 s, A2 1020 s; the walk-in did not wait
        assertThat(total.waits().values()).containsExactly(600, 1020);
        assertThat(total.waits().counts()).containsExactly(2, 1);
        assertThat(total.waits().median().getAsDouble()).isEqualTo(600.0);
        assertThat(total.waitedAtMost(Duration.ofMinutes(10)).getAsDouble()).isCloseTo(2 / 3.0,
                org.assertj.core.api.Assertions.within(1e-9));
        // services: A1 600 s at counter 1, the walk-in 360 s at counter 1, B1 600 s at counter 3 (in service C)
        assertThat(total.services().values()).containsExactly(360, 600);
        assertThat(today.queue(GroupKey.counter(1)).services().values()).containsExactly(360, 600);
        assertThat(today.queue(GroupKey.counter(3)).services().values()).containsExactly(600);
        assertThat(today.queue(GroupKey.counter(2)).servicesFinished()).isZero();
        assertThat(today.queue(GroupKey.clerk("canbo.hai")).transferred()).isEqualTo(1);
        assertThat(today.queue(GroupKey.service("B")).issued()).isEqualTo(2);
        assertThat(today.queue(GroupKey.service("C")).issued()).isZero();
        assertThat(today.queue(GroupKey.service("C")).services().values()).containsExactly(600);
        // the printed quote was kept for every kiosk ticket
        assertThat(total.quoted()).isEqualTo(3);

        assertThat(today.satisfaction(GroupKey.TOTAL).counted()).isEqualTo(2);
        assertThat(today.satisfaction(GroupKey.TOTAL).satisfiedShare().getAsDouble()).isEqualTo(0.5);
        assertThat(today.satisfaction(GroupKey.TOTAL).flagged()).isEqualTo(Map.of(RatingRecord.Flag.REPEATED, 1L));
        assertThat(today.satisfaction(GroupKey.clerk("canbo.ba")).reasons()).isEqualTo(Map.of("Chờ lâu", 1L));

        assertThat(statistics.records(Period.day(DAY)).figures(StatisticsTargets.defaults())).isEqualTo(today);
    }

    @Test
    void dossiersOnTimeAndLateOnTheDayTheyEnded() {
        LocalDateTime nine = DAY.atTime(9, 0);
        DossierComponent digitisedReused = new DossierComponent("KQ1", "Bản sao giấy khai sinh",
                DocumentForm.CERTIFIED_COPY, 1, true, true, false, List.of());
        DossierComponent paper = SampleDossiers.component("Đơn đề nghị");
        // due at DAY+1 16:00 (SampleDossiers.received)
        Dossier first = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Người Thử Một", "079099000001"),
                nine, List.of(digitisedReused, paper));
        Dossier second = SampleDossiers.received(SampleDossiers.code(2), SampleDossiers.owner("Người Thử Hai", "079099000002"),
                nine.plusMinutes(30), List.of(SampleDossiers.component("Đơn")));
        office.at(nine);
        store.dossiers().save(first);
        store.dossiers().save(second);
        LocalDateTime due = first.dueAt().orElseThrow();
        store.dossiers().save(first = first.moveTo(DossierStatus.PROCESSING, nine.plusHours(1), "canbo.a", "")
                .moveTo(DossierStatus.PROCESSED, due.minusHours(1), "canbo.a", ""));
        store.dossiers().save(first.moveTo(DossierStatus.RESULT_RETURNED, due.plusMinutes(30), "canbo.a", "x"));
        // second: apologised for and extended by two days, ended after the legal due time: late all the same
        Dossier extended = second.withDueAt(due.plusDays(2));
        store.dueDateChanges().extend(extended, new DueDateChange(second.dueAt(), due.plusDays(2),
                due.minusHours(2), "canbo.a", "Chờ xác minh"));
        store.dossiers().save(extended.moveTo(DossierStatus.PROCESSING, due.minusHours(1), "canbo.a", "")
                .moveTo(DossierStatus.PROCESSED, due.plusDays(1), "canbo.a", ""));
        office.at(DAY.plusDays(5).atTime(8, 0));

        DossierFigures received = statistics.figures(Period.day(DAY), StatisticsTargets.defaults())
                .dossiers(GroupKey.TOTAL);
        assertThat(received.received()).isEqualTo(2);
        assertThat(received.components()).isEqualTo(3);
        assertThat(received.digitised()).isEqualTo(1);
        assertThat(received.reused()).isEqualTo(1);
        assertThat(received.ended()).isZero();
        DossierFigures week = statistics.figures(Period.custom(DAY, DAY.plusDays(3)), StatisticsTargets.defaults())
                .dossiers(GroupKey.TOTAL);
        assertThat(week.ended()).isEqualTo(2);
        assertThat(week.onTime()).isEqualTo(1);
        assertThat(week.lateByTime()).isEqualTo(1);
        assertThat(week.returned()).isEqualTo(1);
        assertThat(statistics.figures(Period.day(DAY.plusDays(1)), StatisticsTargets.defaults())
                .dossiers(GroupKey.clerk("canbo.a")).onTime()).isEqualTo(1);
    }

    @Test
    void keptDaysFollowEveryLaterChange() throws SQLException {
        playTheMorning();
        office.at(DAY.plusDays(1).atTime(8, 0));
        OfficeFigures first = statistics.figures(Period.day(DAY), StatisticsTargets.defaults());
        assertThat(keptDays()).isEqualTo(1);
        assertThat(statistics.figures(Period.day(DAY), StatisticsTargets.defaults())).isEqualTo(first);

        // a late rating for that day clears the kept day, and the next read counts it
        rate(DAY.atTime(16, 0), 1, "canbo.mot", "SATISFIED", "NONE", null);
        assertThat(keptDays()).isZero();
        OfficeFigures second = statistics.figures(Period.day(DAY), StatisticsTargets.defaults());
        assertThat(second.satisfaction(GroupKey.TOTAL).counted()).isEqualTo(1);
        assertThat(keptDays()).isEqualTo(1);

        // so does a dossier received that day, saved later
        Dossier late = SampleDossiers.received(SampleDossiers.code(9), SampleDossiers.owner("Người Thử", "079099000009"),
                DAY.atTime(10, 0), List.of(SampleDossiers.component("Đơn")));
        store.dossiers().save(late);
        assertThat(keptDays()).isZero();
        assertThat(statistics.figures(Period.day(DAY), StatisticsTargets.defaults()).dossiers(GroupKey.TOTAL).received())
                .isEqualTo(1);

        // a week with the day kept and the other days read gives what the raw records give
        Period week = Period.week(DAY);
        office.at(week.until().atTime(8, 0));
        assertThat(statistics.figures(week, StatisticsTargets.defaults()))
                .isEqualTo(statistics.records(week).figures(StatisticsTargets.defaults()));
        assertThat(keptDays()).isEqualTo(7);
        statistics.forgetKeptDays();
        assertThat(keptDays()).isZero();
    }

    @Test
    void aPeriodIncludingTodayFollowsChangesTodayAndOnItsClosedDays() throws SQLException {
        playTheMorning();
        office.at(DAY.plusDays(2).atTime(9, 0));
        Period week = Period.week(DAY);
        StatisticsTargets targets = StatisticsTargets.defaults();
        assertThat(statistics.figures(week, targets).satisfaction(GroupKey.TOTAL).counted()).isZero();

        rate(DAY.plusDays(2).atTime(8, 30), 1, "canbo.mot", "SATISFIED", "NONE", null);
        assertThat(statistics.figures(week, targets).satisfaction(GroupKey.TOTAL).counted()).isEqualTo(1);
        rate(DAY.atTime(15, 0), 2, "canbo.hai", "UNSATISFIED", "NONE", "Chờ lâu");
        OfficeFigures both = statistics.figures(week, targets);
        assertThat(both.satisfaction(GroupKey.TOTAL).counted()).isEqualTo(2);
        assertThat(both.queue(GroupKey.TOTAL).issued()).isEqualTo(4);
        assertThat(both).isEqualTo(statistics.records(week).figures(targets));
        // asked again with nothing changed: the same answer
        assertThat(statistics.figures(week, targets)).isEqualTo(both);
    }

    @Test
    void keptFiguresReadBackExactlyAndDamagedOnesAreRefused() throws SQLException {
        playTheMorning();
        rate(DAY.atTime(8, 41), 3, "canbo.ba", "UNSATISFIED", "NONE", "Chờ lâu");
        OfficeFigures figures = statistics.figures(Period.day(DAY), StatisticsTargets.defaults());
        byte[] encoded = FiguresCodec.encode(figures);
        assertThat(FiguresCodec.decode(encoded)).isEqualTo(figures);
        assertThatThrownBy(() -> FiguresCodec.decode(java.util.Arrays.copyOf(encoded, encoded.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
