package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.WaitQuote;

/** A small office day whose every figure was worked out by hand (see the comments). */
class OfficeFiguresTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final ServiceId A = new ServiceId("A");
    static final ServiceId B = new ServiceId("B");

    static LocalDateTime at(String time) {
        return MONDAY.atTime(LocalTime.parse(time));
    }

    static WaitQuote quote(int fromMinutes, int toMinutes) {
        return new WaitQuote(1, Duration.ofMinutes(fromMinutes), Duration.ofMinutes(toMinutes));
    }

    static TicketVisit ticket(long id, ServiceId service, String issued, String called, int counter, String clerk,
            TicketVisit.Outcome outcome, boolean transferred, Optional<WaitQuote> quote) {
        return new TicketVisit(new TicketId(id), service, at(issued), false,
                called == null ? Optional.empty()
                        : Optional.of(new TicketVisit.Call(at(called), counter, Optional.of(clerk))),
                outcome, transferred, quote);
    }

    static final List<TicketVisit> TICKETS = List.of(
            ticket(1, A, "08:00", "08:10", 1, "an", TicketVisit.Outcome.SERVED, false, Optional.of(quote(5, 10))),
            ticket(2, A, "08:05", "08:25", 1, "an", TicketVisit.Outcome.SERVED, false, Optional.of(quote(5, 15))),
            ticket(3, B, "08:40", "08:42", 2, "binh", TicketVisit.Outcome.NO_SHOW, false, Optional.of(quote(10, 20))),
            new TicketVisit(new TicketId(4), B, at("09:10"), true, Optional.empty(), TicketVisit.Outcome.SERVED,
                    false, Optional.empty()),
            ticket(5, A, "09:20", null, 0, null, TicketVisit.Outcome.UNSERVED, false, Optional.of(quote(0, 5))),
            ticket(6, A, "09:30", null, 0, null, TicketVisit.Outcome.CANCELLED, false, Optional.empty()),
            ticket(7, B, "08:50", "09:05", 2, "binh", TicketVisit.Outcome.SERVED, true, Optional.empty()));

    static ServiceLeg leg(long ticket, ServiceId service, int counter, String clerk, String from, String to) {
        return new ServiceLeg(new TicketId(ticket), service, counter, Optional.of(clerk), at(from), at(to));
    }

    static final List<ServiceLeg> LEGS = List.of(
            leg(1, A, 1, "an", "08:10", "08:18"), // 480 s
            leg(2, A, 1, "an", "08:25", "08:40"), // 900 s
            leg(4, B, 3, "chi", "09:10", "09:16"), // 360 s
            leg(7, B, 2, "binh", "09:05", "09:35")); // 1800 s

    static RatingRecord rating(int counter, String clerk, RatingRecord.Level level, RatingRecord.Flag flag,
            String reason) {
        return new RatingRecord(at("10:00"), counter, Optional.of(clerk), Optional.empty(), Optional.empty(), level,
                flag, Optional.ofNullable(reason));
    }

    static final List<RatingRecord> RATINGS = List.of(
            rating(1, "an", RatingRecord.Level.VERY_SATISFIED, RatingRecord.Flag.NONE, null),
            rating(1, "an", RatingRecord.Level.SATISFIED, RatingRecord.Flag.NONE, null),
            rating(2, "binh", RatingRecord.Level.UNSATISFIED, RatingRecord.Flag.NONE, " chờ lâu "),
            rating(2, "binh", RatingRecord.Level.NEUTRAL, RatingRecord.Flag.NONE, null),
            rating(2, "binh", RatingRecord.Level.VERY_SATISFIED, RatingRecord.Flag.REPEATED, null));

    static DossierRecord dossier(String code, LocalDateTime received, String clerk, DossierStatus first,
            LocalDateTime due, LocalDateTime processed, int supplements, LocalDateTime refused, LocalDateTime returned,
            int components, int digitised, int reused, int national) {
        return new DossierRecord(code, "1.000001", received, clerk, OptionalInt.of(clerk.equals("an") ? 1 : 2), first,
                DossierStatus.PROCESSING, Optional.ofNullable(due), Optional.ofNullable(processed), supplements,
                Optional.ofNullable(refused), Optional.ofNullable(returned), components, digitised, reused, national);
    }

    static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 25, 17, 0);
    static final List<DossierRecord> DOSSIERS = List.of(
            // on time on Wednesday
            dossier("d1", at("08:20"), "an", DossierStatus.RECEIVED, DUE, DUE.minusHours(7), 0, null, null, 4, 3, 1, 1),
            // late on Thursday
            dossier("d2", at("08:45"), "binh", DossierStatus.RECEIVED, DUE, DUE.plusHours(16), 1, null, null, 2, 1, 0, 0),
            // early, but sent back twice: late on Tuesday
            dossier("d3", at("09:00"), "an", DossierStatus.RECEIVED, DUE, DUE.minusDays(1), 2, null, null, 2, 2, 2, 0),
            // refused at once
            dossier("d4", at("09:30"), "binh", DossierStatus.NOT_RECEIVED, null, null, 0, at("09:30"), null, 2, 0, 0, 0),
            // received the Friday before, ended on time and returned on Monday
            dossier("d5", at("08:00").minusDays(3), "an", DossierStatus.RECEIVED, at("17:00"), at("11:00"), 0, null,
                    at("15:00"), 1, 1, 0, 0));

    static OfficeFigures figures(Period period, StatisticsTargets targets) {
        return new StatisticsRecords(period, TICKETS, LEGS, RATINGS, DOSSIERS).figures(targets);
    }

    static final OfficeFigures MONDAY_FIGURES = figures(Period.day(MONDAY), StatisticsTargets.defaults());

    @Test
    void totalQueueFigures() {
        QueueFigures total = MONDAY_FIGURES.queue(GroupKey.TOTAL);
        assertThat(total.issued()).isEqualTo(7);
        assertThat(total.walkIns()).isEqualTo(1);
        assertThat(total.cancelled()).isEqualTo(1);
        assertThat(total.served()).isEqualTo(4);
        assertThat(total.noShows()).isEqualTo(1);
        assertThat(total.unserved()).isEqualTo(1);
        assertThat(total.transferred()).isEqualTo(1);
        // queued = 7 − 1 walk-in − 1 cancelled = 5; 1 no-show
        assertThat(total.noShowShare().getAsDouble()).isEqualTo(0.2);
        // waits 120, 600, 900, 1200
        assertThat(total.waits().mean().getAsDouble()).isEqualTo(705.0);
        assertThat(total.waits().median().getAsDouble()).isEqualTo(750.0);
        assertThat(total.waits().p90().getAsDouble()).isCloseTo(1110.0, within(1e-9));
        assertThat(total.waits().max().getAsLong()).isEqualTo(1200);
        assertThat(total.waitedAtMost(Duration.ofMinutes(10)).getAsDouble()).isEqualTo(0.5);
        assertThat(total.waitedAtMost(Duration.ofMinutes(15)).getAsDouble()).isEqualTo(0.75);
        // services 360, 480, 900, 1800
        assertThat(total.servicesFinished()).isEqualTo(4);
        assertThat(total.services().mean().getAsDouble()).isEqualTo(885.0);
        assertThat(total.services().median().getAsDouble()).isEqualTo(690.0);
        assertThat(total.services().max().getAsLong()).isEqualTo(1800);
    }

    @Test
    void quotedAgainstActualWaits() {
        QueueFigures total = MONDAY_FIGURES.queue(GroupKey.TOTAL);
        // t1 600 s in 5–10 min; t2 1200 s against 5–15 min: 300 s late; t3 120 s against 10–20 min: 480 s early;
        // t5 had a quote but was never called
        assertThat(total.quoted()).isEqualTo(3);
        assertThat(total.quoteWithin()).isEqualTo(1);
        assertThat(total.quoteEarly()).isEqualTo(1);
        assertThat(total.quoteLate()).isEqualTo(1);
        assertThat(total.quoteWithinShare().getAsDouble()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(total.meanQuoteMissSeconds().getAsDouble()).isEqualTo(390.0);
    }

    @Test
    void perServiceCounterClerkAndHour() {
        QueueFigures a = MONDAY_FIGURES.queue(GroupKey.service("A"));
        assertThat(a.issued()).isEqualTo(4);
        assertThat(a.served()).isEqualTo(2);
        assertThat(a.waits().values()).containsExactly(600, 1200);
        assertThat(a.services().values()).containsExactly(480, 900);
        QueueFigures b = MONDAY_FIGURES.queue(GroupKey.service("B"));
        assertThat(b.noShowShare().getAsDouble()).isEqualTo(0.5); // 1 of (3 − 1 walk-in)
        assertThat(b.transferredShare().getAsDouble()).isCloseTo(1 / 3.0, within(1e-9));

        // tickets count at the counter that first called them, services where they were finished
        assertThat(MONDAY_FIGURES.queue(GroupKey.counter(1)).issued()).isEqualTo(2);
        assertThat(MONDAY_FIGURES.queue(GroupKey.counter(2)).waits().values()).containsExactly(120, 900);
        assertThat(MONDAY_FIGURES.queue(GroupKey.counter(2)).services().values()).containsExactly(1800);
        assertThat(MONDAY_FIGURES.queue(GroupKey.counter(3)).issued()).isZero();
        assertThat(MONDAY_FIGURES.queue(GroupKey.counter(3)).servicesFinished()).isEqualTo(1);
        assertThat(MONDAY_FIGURES.queue(GroupKey.clerk("an")).services().mean().getAsDouble()).isEqualTo(690.0);

        assertThat(MONDAY_FIGURES.queue(new GroupKey(Breakdown.HOUR, "08")).issued()).isEqualTo(4);
        assertThat(MONDAY_FIGURES.queue(new GroupKey(Breakdown.HOUR, "09")).issued()).isEqualTo(3);
        assertThat(MONDAY_FIGURES.groups(MONDAY_FIGURES.queue(), Breakdown.COUNTER).keySet())
                .extracting(GroupKey::value).containsExactly("1", "2", "3");
    }

    @Test
    void countersOpenPerHalfHourFromTheServicesRunning() {
        // 08:00 counter 1; 08:30 counter 1 (08:25–08:40); 09:00 counters 2 and 3; 09:30 counter 2 (until 09:35)
        assertThat(MONDAY_FIGURES.openCounters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("08:00", 1L, "08:30", 1L, "09:00", 2L, "09:30", 1L));
    }

    @Test
    void satisfactionCountsOnlyUnflaggedPressesUnlessAsked() {
        SatisfactionFigures total = MONDAY_FIGURES.satisfaction(GroupKey.TOTAL);
        assertThat(total.counted()).isEqualTo(4);
        assertThat(total.satisfiedShare().getAsDouble()).isEqualTo(0.5);
        assertThat(total.unsatisfiedShare().getAsDouble()).isEqualTo(0.25);
        assertThat(total.flagged()).containsExactlyEntriesOf(Map.of(RatingRecord.Flag.REPEATED, 1L));
        assertThat(total.reasons()).containsExactlyEntriesOf(Map.of("chờ lâu", 1L));
        assertThat(MONDAY_FIGURES.satisfaction(GroupKey.clerk("binh")).satisfiedShare().getAsDouble()).isEqualTo(0.0);

        StatisticsTargets all = new StatisticsTargets(List.of(Duration.ofMinutes(10)), Duration.ofMinutes(10), 0,
                Duration.ofMinutes(15), 0.95, Map.of(), true);
        SatisfactionFigures counted = figures(Period.day(MONDAY), all).satisfaction(GroupKey.TOTAL);
        assertThat(counted.counted()).isEqualTo(5);
        assertThat(counted.satisfiedShare().getAsDouble()).isEqualTo(0.6);
    }

    @Test
    void dossierEventsCountOnTheirOwnDay() {
        DossierFigures monday = MONDAY_FIGURES.dossiers(GroupKey.TOTAL);
        assertThat(monday.received()).isEqualTo(4);
        assertThat(monday.intake()).isEqualTo(3);
        assertThat(monday.refused()).isEqualTo(1);
        assertThat(monday.supplementRequests()).isEqualTo(3);
        assertThat(monday.withSupplement()).isEqualTo(2);
        // only d5 ended on Monday, on time; and its result was returned
        assertThat(monday.ended()).isEqualTo(1);
        assertThat(monday.onTime()).isEqualTo(1);
        assertThat(monday.returned()).isEqualTo(1);
        // components of the four received on Monday: 10, digitised 6, reused 3, national store 1
        assertThat(monday.components()).isEqualTo(10);
        assertThat(monday.digitisedShare().getAsDouble()).isEqualTo(0.6);
        assertThat(monday.reusedShare().getAsDouble()).isEqualTo(0.3);
        assertThat(monday.nationalStoreShare().getAsDouble()).isEqualTo(0.1);
        assertThat(MONDAY_FIGURES.dossiers(GroupKey.clerk("an")).intake()).isEqualTo(2);

        DossierFigures week = figures(Period.custom(MONDAY, MONDAY.plusDays(3)), StatisticsTargets.defaults())
                .dossiers(GroupKey.TOTAL);
        assertThat(week.ended()).isEqualTo(4);
        assertThat(week.onTime()).isEqualTo(2);
        assertThat(week.lateByTime()).isEqualTo(1);
        assertThat(week.lateBySupplements()).isEqualTo(1);
        assertThat(week.onTimeShare().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void aPeriodIsTheSumOfItsDays() {
        Period week = Period.custom(MONDAY.minusDays(3), MONDAY.plusDays(3));
        OfficeFigures whole = figures(week, StatisticsTargets.defaults());
        OfficeFigures summed = OfficeFigures.sum(week.days()
                .map(day -> figures(Period.day(day), StatisticsTargets.defaults())).toList());
        assertThat(summed).isEqualTo(whole);
        assertThat(whole.queueDays()).isEqualTo(1);
    }
}
