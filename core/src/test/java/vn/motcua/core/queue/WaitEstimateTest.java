package vn.motcua.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {
    private static final Duration TEN = Duration.ofMinutes(10);

    private static List<Duration> minutes(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMinutes).toList();
    }

    @Test
    void withFewMeasurementsTheTypicalTimeGivesTheRange() {
        WaitQuote quote = WaitEstimate.quote(4, 2, minutes(1, 1), TEN);

        // 4 × 5 min / 2 counters = 10 min; (4 + 1) × 15 min / 2 = 37.5 → 40 min
        assertThat(quote).isEqualTo(new WaitQuote(4, Duration.ofMinutes(10), Duration.ofMinutes(40)));
    }

    @Test
    void measuredQuartilesGiveTheRange() {
        List<Duration> measured = minutes(2, 4, 6, 6, 7, 8, 9, 12, 20); // q1 = 6, q3 = 9

        WaitQuote quote = WaitEstimate.quote(6, 3, measured, TEN);

        // 6 × 6 / 3 = 12 → 10; 7 × 9 / 3 = 21 → 25
        assertThat(quote).isEqualTo(new WaitQuote(6, Duration.ofMinutes(10), Duration.ofMinutes(25)));
    }

    @Test
    void moreCountersShortenTheWaitAndNoOpenCounterCountsAsOne() {
        List<Duration> measured = minutes(10, 10, 10, 10, 10);

        WaitQuote one = WaitEstimate.quote(10, 1, measured, TEN);
        WaitQuote none = WaitEstimate.quote(10, 0, measured, TEN);
        WaitQuote four = WaitEstimate.quote(10, 4, measured, TEN);

        assertThat(none).isEqualTo(one);
        assertThat(four.to()).isLessThan(one.to());
        assertThat(one).isEqualTo(new WaitQuote(10, Duration.ofMinutes(100), Duration.ofMinutes(110)));
    }

    @Test
    void nobodyAheadStillQuotesTheCurrentServiceAndTheRangeIsNeverEmpty() {
        WaitQuote quote = WaitEstimate.quote(0, 1, minutes(1, 1, 1, 1, 1), TEN);

        assertThat(quote.from()).isZero();
        assertThat(quote.to()).isEqualTo(Duration.ofMinutes(5));
    }
}
