package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketId;

class StaffingAdvisorTest {
    static final ServiceId A = new ServiceId("A");

    @Test
    void thirtyArrivalsAnHourOfEightMinutesNeedFiveCountersWhereTwoWereOpen() {
        // Two days; each day 15 tickets issued 08:00–08:29 (30 an hour) served in 8 min at counters 1 and 2.
        List<TicketVisit> tickets = new ArrayList<>();
        List<ServiceLeg> legs = new ArrayList<>();
        long id = 0;
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24))) {
            for (int i = 0; i < 15; i++) {
                LocalDateTime issued = day.atTime(8, i * 2);
                TicketId ticket = new TicketId(++id);
                LocalDateTime called = issued.plusMinutes(1);
                tickets.add(new TicketVisit(ticket, A, issued, false,
                        Optional.of(new TicketVisit.Call(called, 1 + i % 2, Optional.of("an"))),
                        TicketVisit.Outcome.SERVED, false, Optional.empty()));
                legs.add(new ServiceLeg(ticket, A, 1 + i % 2, Optional.of("an"), called, called.plusMinutes(8)));
            }
        }
        OfficeFigures figures = new StatisticsRecords(Period.custom(LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 24)), tickets, legs, List.of(), List.of()).figures(StatisticsTargets.defaults());

        StaffingAdvice advice = new StaffingAdvisor(StatisticsTargets.defaults()).advise(figures);
        assertThat(advice.days()).isEqualTo(2);
        StaffingAdvice.Interval eight = advice.intervals().stream()
                .filter(i -> i.start().equals(LocalTime.of(8, 0))).findFirst().orElseThrow();
        assertThat(eight.arrivalsPerHour()).isEqualTo(30.0);
        assertThat(eight.meanServiceSeconds().getAsDouble()).isEqualTo(480.0);
        assertThat(eight.offeredLoad()).isCloseTo(4.0, within(1e-12));
        // 4 Erlangs, mean wait ≤ 10 min and 80 % within 15 min: 5 counters (C = 0.554, Wq = 266 s, SL = 91.5 %)
        assertThat(eight.countersNeeded()).hasValue(5);
        assertThat(eight.modelMeanWaitSeconds().getAsDouble()).isCloseTo(265.97, within(0.01));
        assertThat(eight.modelServiceLevel().getAsDouble()).isCloseTo(0.9150, within(1e-4));
        assertThat(eight.countersOpen()).isEqualTo(2.0);
        assertThat(eight.understaffed()).isTrue();
        assertThat(eight.measuredMeanWaitSeconds().getAsDouble()).isEqualTo(60.0);
    }

    @Test
    void noQueueDaysNoAdvice() {
        assertThat(new StaffingAdvisor(StatisticsTargets.defaults()).advise(OfficeFigures.NONE).intervals()).isEmpty();
    }
}
