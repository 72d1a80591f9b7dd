package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.queue.TestOffice.A;
import static vn.motcua.store.queue.TestOffice.B;
import static vn.motcua.store.queue.TestOffice.C;
import static vn.motcua.store.queue.TestOffice.DAY;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.centre.CentreStatistics;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TransferTarget;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.core.statistics.StatisticsSource;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

/**
 * The supervisor's statistics in centre mode against single-PC mode: the same morning played through the real queue
 * desk and rating desk once on the centre's PostgreSQL server (least-privilege desk role) and once on a desk's SQLite
 * store gives exactly the same queue and satisfaction figures and records; the dossier figures are those of the desk's
 * own SQLite store, and another counter's dossiers are not in them.
 */
class CentreStatisticsTest {
    private static final StatisticsTargets TARGETS = StatisticsTargets.defaults();

    @TempDir
    Path dir;
    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;
    private PostgresQueueStore server;
    private OfflineStore deskOfTheCentre;
    private OfflineStore otherDeskOfTheCentre;
    private OfflineStore singlePc;
    private TestOffice centre;
    private TestOffice office;

    @BeforeEach
    void open() {
        database = cluster.freshDatabase();
        server = PostgresQueueStore.open(cluster.deskSettings(database));
        String opened = database;
        centre = new TestOffice(new QueueStoreContract.OpenStore(server, () -> {
            server.close();
            cluster.dropDatabase(opened);
        }));
        deskOfTheCentre = OfflineStore.open(dir.resolve("counter-1"), SequenceBlock.WHOLE_RANGE);
        otherDeskOfTheCentre = OfflineStore.open(dir.resolve("counter-2"), SequenceBlock.WHOLE_RANGE);
        singlePc = OfflineStore.open(dir.resolve("single-pc"), SequenceBlock.WHOLE_RANGE);
        office = new TestOffice(new QueueStoreContract.OpenStore(singlePc.queue(), singlePc));
    }

    @AfterEach
    void close() throws Exception {
        centre.close();
        office.close();
        deskOfTheCentre.close();
        otherDeskOfTheCentre.close();
    }

    @Test
    void theCentresQueueAndRatingsGiveTheSameFiguresAsOnOnePcWithThisDesksDossiers() {
        playTheMorning(centre);
        playTheMorning(office);
        receiveDossiers(deskOfTheCentre);
        receiveDossiers(singlePc);
        otherDeskOfTheCentre.dossiers().save(SampleDossiers.received(SampleDossiers.code(7),
                SampleDossiers.owner("Người Khác", "079099000007"), DAY.atTime(9, 15),
                List.of(SampleDossiers.component("Đơn"))));
        StatisticsSource centreStatistics = new CentreStatistics(server, deskOfTheCentre.statistics(centre.clock),
                centre.clock);
        StatisticsSource singlePcStatistics = singlePc.statistics(office.clock);
        Period day = Period.day(DAY);

        OfficeFigures figures = centreStatistics.figures(day, TARGETS);

        assertThat(figures.queue(GroupKey.TOTAL).issued()).isEqualTo(4);
        assertThat(figures.queue(GroupKey.TOTAL).walkIns()).isEqualTo(1);
        assertThat(figures.queue(GroupKey.TOTAL).served()).isEqualTo(3);
        assertThat(figures.queue(GroupKey.TOTAL).noShows()).isEqualTo(1);
        assertThat(figures.satisfaction(GroupKey.TOTAL).levels().get(RatingRecord.Level.VERY_SATISFIED))
                .as("the accepted rating; the repeated press is flagged, the unknown key is no rating").isEqualTo(1);
        assertThat(figures.satisfaction(GroupKey.TOTAL).flagged().get(RatingRecord.Flag.REPEATED)).isEqualTo(1);
        assertThat(figures.dossiers(GroupKey.TOTAL).received())
                .as("this desk's two dossiers, not the other counter's").isEqualTo(2);
        assertThat(figures).usingRecursiveComparison().isEqualTo(singlePcStatistics.figures(day, TARGETS));
        assertThat(figures).isEqualTo(singlePcStatistics.figures(day, TARGETS));

        StatisticsRecords records = centreStatistics.records(day);
        StatisticsRecords onOnePc = singlePcStatistics.records(day);
        assertThat(records.tickets()).isEqualTo(onOnePc.tickets()).hasSize(4);
        assertThat(records.services()).isEqualTo(onOnePc.services()).hasSize(3);
        assertThat(records.ratings()).isEqualTo(onOnePc.ratings()).hasSize(2);
        assertThat(records.dossiers()).isEqualTo(onOnePc.dossiers()).hasSize(2);
    }

    @Test
    void aClosedDayKeptOnOnePcEqualsTheCentresDayReadAgain() {
        playTheMorning(centre);
        playTheMorning(office);
        receiveDossiers(deskOfTheCentre);
        receiveDossiers(singlePc);
        centre.at(DAY.plusDays(2).atTime(8, 0));
        office.at(DAY.plusDays(2).atTime(8, 0));
        StatisticsSource centreStatistics = new CentreStatistics(server, deskOfTheCentre.statistics(centre.clock),
                centre.clock);
        StatisticsSource singlePcStatistics = singlePc.statistics(office.clock);
        Period week = Period.custom(DAY.minusDays(1), DAY.plusDays(2));

        singlePcStatistics.figures(week, TARGETS); // keeps the closed days
        OfficeFigures kept = singlePcStatistics.figures(week, TARGETS);

        assertThat(centreStatistics.figures(week, TARGETS)).isEqualTo(kept);
        assertThat(centreStatistics.figures(Period.day(DAY.plusDays(1)), TARGETS).queue(GroupKey.TOTAL).issued())
                .isZero();
    }

    /**
     * The closed days a supervisor's desk keeps in memory are read again when another desk of the centre changes
     * them: a past day's waiting ticket called and served by a desk whose clock is behind, a reason given later to a
     * past day's rating, a press stored on a past day by a desk whose clock is behind. After each change the figures
     * are those of the records read afresh, and they changed.
     */
    @Test
    void closedDaysKeptByTheSupervisorsDeskFollowChangesMadeByOtherDesks() {
        playTheMorning(centre);
        issue(centre, A, 10, 50); // still waiting when the day ends
        ScriptedKeypad counterTwo = new ScriptedKeypad("KP02");
        RatingDesk ratings = new RatingDesk(centre.queue, RatingRules.defaults(), centre.clock);
        ratings.attach(2, counterTwo);
        ratings.arm(2, Optional.empty(), Optional.of(SampleDossiers.code(2)), "canbo.hai"); // a result handed back
        counterTwo.press(3, centre.clock.instant()); // unsatisfied, no reason yet
        centre.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        ratings.settle();
        receiveDossiers(deskOfTheCentre);
        centre.at(DAY.plusDays(2).atTime(8, 0));
        CentreStatistics supervisor = new CentreStatistics(server, deskOfTheCentre.statistics(centre.clock),
                centre.clock);
        Period week = Period.custom(DAY.minusDays(1), DAY.plusDays(2));
        OfficeFigures first = supervisor.figures(week, TARGETS);
        assertThat(first).isEqualTo(supervisor.records(week).figures(TARGETS));
        assertThat(supervisor.keptDays()).as("the three closed days kept").isEqualTo(3);
        assertThat(supervisor.figures(week, TARGETS)).as("unchanged, from the kept days").isEqualTo(first);

        try (PostgresQueueStore otherPc = PostgresQueueStore.open(cluster.deskSettings(database))) {
            MutableClock lagging = new MutableClock(DAY.atTime(16, 0)); // a PC whose clock stopped that day
            CounterDesk one = new QueueDesk(otherPc, WorkCalendar.vietnam(), lagging).counter(1, "canbo.bon");
            one.callNext().orElseThrow();
            lagging.advance(Duration.ofMinutes(6));
            one.finish().orElseThrow();
            OfficeFigures closed = supervisor.figures(week, TARGETS);
            assertThat(closed.queue(GroupKey.day(DAY)).served()).isEqualTo(first.queue(GroupKey.day(DAY)).served() + 1);
            assertThat(closed).isEqualTo(supervisor.records(week).figures(TARGETS)).isNotEqualTo(first);

            MutableClock otherClock = new MutableClock(DAY.plusDays(2).atTime(8, 5));
            RatingDesk otherRatings = new RatingDesk(otherPc, RatingRules.defaults(), otherClock);
            long unsatisfied = otherPc.ratings(2, DAY.atTime(0, 0)).getFirst().id();
            assertThat(otherRatings.giveReason(unsatisfied, "Phải chờ đợi lâu")).isPresent();
            OfficeFigures reasoned = supervisor.figures(week, TARGETS);
            assertThat(reasoned).isEqualTo(supervisor.records(week).figures(TARGETS)).isNotEqualTo(closed);
            assertThat(reasoned.satisfaction(GroupKey.TOTAL).reasons()).containsEntry("Phải chờ đợi lâu", 1L);

            MutableClock behind = new MutableClock(DAY.plusDays(1).atTime(16, 0));
            RatingDesk lateRatings = new RatingDesk(otherPc, RatingRules.defaults(), behind);
            ScriptedKeypad keypad = new ScriptedKeypad("KP09");
            lateRatings.attach(9, keypad);
            keypad.press(2, behind.instant()); // nothing armed: a flagged press on the day before yesterday
            behind.advance(RatingRules.DEFAULT_DEBOUNCE);
            lateRatings.settle();
            OfficeFigures late = supervisor.figures(week, TARGETS);
            assertThat(late).isEqualTo(supervisor.records(week).figures(TARGETS)).isNotEqualTo(reasoned);
            assertThat(late.satisfaction(GroupKey.day(DAY.plusDays(1))).flagged().get(RatingRecord.Flag.NOT_ARMED))
                    .isEqualTo(1);
        }
        assertThat(supervisor.figures(Period.day(DAY), TARGETS))
                .isEqualTo(supervisor.records(Period.day(DAY)).figures(TARGETS));
    }

    /**
     * The closed days one supervisor's desk computed are stored on the server (the centre's statistics read model):
     * another desk, or the same after a restart, reads them instead of adding up their records again, and computes
     * again only the day another desk changed since.
     */
    @Test
    void closedDaysComputedOnOneDeskAreReadFromTheServerByAnother() {
        playTheMorning(centre);
        issue(centre, A, 10, 50); // still waiting when the day ends
        centre.at(DAY.plusDays(2).atTime(8, 0));
        Period week = Period.custom(DAY.minusDays(1), DAY.plusDays(2));
        CentreStatistics first = new CentreStatistics(server, deskOfTheCentre.statistics(centre.clock), centre.clock);
        OfficeFigures computed = first.figures(week, TARGETS);
        assertThat(first.daysComputed()).as("the three closed days").isEqualTo(3);

        CentreStatistics second = new CentreStatistics(server, deskOfTheCentre.statistics(centre.clock), centre.clock);
        assertThat(second.figures(week, TARGETS)).isEqualTo(computed);
        assertThat(second.daysComputed()).as("all three read from the server").isZero();

        try (PostgresQueueStore otherPc = PostgresQueueStore.open(cluster.deskSettings(database))) {
            MutableClock lagging = new MutableClock(DAY.atTime(16, 0)); // a PC whose clock stopped that day
            CounterDesk one = new QueueDesk(otherPc, WorkCalendar.vietnam(), lagging).counter(1, "canbo.bon");
            one.callNext().orElseThrow();
            lagging.advance(Duration.ofMinutes(6));
            one.finish().orElseThrow();
        }
        CentreStatistics third = new CentreStatistics(server, deskOfTheCentre.statistics(centre.clock), centre.clock);
        OfficeFigures changed = third.figures(week, TARGETS);
        assertThat(changed).isEqualTo(third.records(week).figures(TARGETS)).isNotEqualTo(computed);
        assertThat(third.daysComputed()).as("only the day changed on the other PC").isEqualTo(1);
        assertThat(second.figures(week, TARGETS)).as("a desk that kept the old day sees the change too")
                .isEqualTo(changed);
    }

    /**
     * 08:00 A1, 08:02 B1, 08:04 A2 issued. Counter 1 calls A1 at 08:10 and finishes at 08:20; the citizen presses
     * "very satisfied", then the same key again (REPEATED) and a key the scale does not map. Counter 2 calls B1 at
     * 08:12, recalls at 08:13 and transfers it to C at 08:14; counter 3 calls it at 08:30 and finishes at 08:40.
     * Counter 1 calls A2 at 08:21, who does not come (no-show at 08:22). Counter 1 serves a walk-in for B from 08:25
     * to 08:31.
     */
    private static void playTheMorning(TestOffice office) {
        ScriptedKeypad keypad = new ScriptedKeypad("KP01");
        RatingDesk ratings = new RatingDesk(office.queue, RatingRules.defaults(), office.clock);
        ratings.attach(1, keypad);
        CounterDesk one = office.desk.counter(1, "canbo.mot");
        CounterDesk two = office.desk.counter(2, "canbo.hai");
        CounterDesk three = office.desk.counter(3, "canbo.ba");
        issue(office, A, 8, 0);
        issue(office, B, 8, 2);
        issue(office, A, 8, 4);
        office.at(8, 10);
        one.callNext().orElseThrow();
        office.at(8, 11);
        one.startServing().orElseThrow();
        office.at(8, 12);
        two.callNext().orElseThrow();
        office.at(8, 13);
        two.recall().orElseThrow();
        office.at(8, 14);
        two.transfer(new TransferTarget.ToService(C), QueuePosition.FRONT, false).orElseThrow();
        office.at(8, 20);
        Ticket finished = one.finish().orElseThrow();
        ratings.arm(1, Optional.of(finished), Optional.empty(), "canbo.mot");
        office.clock.advance(Duration.ofSeconds(5));
        keypad.press(1, office.clock.instant());
        office.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        ratings.settle();
        office.clock.advance(Duration.ofSeconds(5));
        keypad.press(1, office.clock.instant());
        office.clock.advance(Duration.ofSeconds(5));
        keypad.press(9, office.clock.instant());
        office.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        ratings.settle();
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

    private static void issue(TestOffice office, vn.motcua.core.queue.ServiceId service, int hour, int minute) {
        office.at(hour, minute);
        office.desk.issue(service, PriorityGroup.NORMAL).orElseThrow();
    }

    /** Two dossiers received at 09:00 and 09:30, the first processed the same afternoon. */
    private static void receiveDossiers(OfflineStore desk) {
        var first = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Người Thử Một",
                "079099000001"), DAY.atTime(9, 0), List.of(SampleDossiers.component("Đơn đề nghị")));
        desk.dossiers().save(first);
        desk.dossiers().save(first.moveTo(DossierStatus.PROCESSING, DAY.atTime(10, 0), "canbo.a", "")
                .moveTo(DossierStatus.PROCESSED, DAY.atTime(15, 0), "canbo.a", ""));
        desk.dossiers().save(SampleDossiers.received(SampleDossiers.code(2), SampleDossiers.owner("Người Thử Hai",
                "079099000002"), DAY.atTime(9, 30), List.of(SampleDossiers.component("Đơn"))));
    }
}
