package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErlangCTest {

    /** The textbook sum form, C = (A^c/c! · c/(c−A)) / (Σ_{k<c} A^k/k! + A^c/c! · c/(c−A)), as a cross-check. */
    static double direct(int c, double a) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double last = term * c / (c - a);
        return last / (sum + last);
    }

    @Test
    void textbookProbabilitiesOfWaiting() {
        // 3 servers, 2 Erlangs: C = 4/9 (worked in every queueing text)
        assertThat(ErlangC.probabilityOfWaiting(3, 2)).isCloseTo(4 / 9.0, within(1e-12));
        // 11 agents, 10 Erlangs: 0.6821 (the classic call-centre table)
        assertThat(ErlangC.probabilityOfWaiting(11, 10)).isCloseTo(0.6821, within(1e-4));
        for (int c = 1; c <= 40; c++) {
            for (double a : new double[] {0.3, c * 0.5, c * 0.9, c - 0.01}) {
                assertThat(ErlangC.probabilityOfWaiting(c, a)).isCloseTo(direct(c, a), within(1e-9));
            }
        }
    }

    @Test
    void sixtyArrivalsAnHourOfEightMinutesAtTenCountersCallNinetyNinePercentWithinFifteenMinutes() {
        double load = 60 * 8 / 60.0; // 8 Erlangs
        double serviceSeconds = 8 * 60;
        assertThat(ErlangC.probabilityOfWaiting(10, load)).isCloseTo(0.40918, within(1e-5));
        assertThat(ErlangC.serviceLevel(10, load, serviceSeconds, Duration.ofMinutes(15)))
                .isGreaterThanOrEqualTo(0.99).isCloseTo(0.99038, within(1e-5));
        assertThat(ErlangC.meanWaitSeconds(10, load, serviceSeconds)).isCloseTo(98.2, within(0.05));
        // nine counters fall short of 99 %
        assertThat(ErlangC.serviceLevel(9, load, serviceSeconds, Duration.ofMinutes(15))).isLessThan(0.99);
        assertThat(ErlangC.countersNeeded(load, serviceSeconds, Duration.ofMinutes(10), 0.99, Duration.ofMinutes(15)))
                .isEqualTo(10);
        // a mean wait of at most 10 min alone needs only 9 (313.6 s); 8 cannot keep up at all
        assertThat(ErlangC.countersNeeded(load, serviceSeconds, Duration.ofMinutes(10), 0, Duration.ZERO))
                .isEqualTo(9);
        assertThat(ErlangC.meanWaitSeconds(8, load, serviceSeconds)).isInfinite();
        assertThat(ErlangC.serviceLevel(8, load, serviceSeconds, Duration.ofMinutes(15))).isZero();
    }

    @Test
    void nobodyArrivingNeedsNoCounter() {
        assertThat(ErlangC.countersNeeded(0, 480, Duration.ofMinutes(10), 0.8, Duration.ofMinutes(15))).isZero();
        assertThat(ErlangC.probabilityOfWaiting(2, 0)).isZero();
    }
}
