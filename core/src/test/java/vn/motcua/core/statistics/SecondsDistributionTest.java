package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecondsDistributionTest {

    @Test
    void figuresOfAnOddCountComputedByHand() {
        // sorted: 30 60 90 600 1200; n = 5
        SecondsDistribution waits = SecondsDistribution.of(600, 30, 1200, 90, 60);
        assertThat(waits.count()).isEqualTo(5);
        assertThat(waits.mean().getAsDouble()).isEqualTo(396.0); // 1980 / 5
        assertThat(waits.median().getAsDouble()).isEqualTo(90.0); // h = 4 × 0.5 = 2 → x2
        assertThat(waits.p90().getAsDouble()).isEqualTo(960.0); // h = 3.6 → 600 + 0.6 × (1200 − 600)
        assertThat(waits.max().getAsLong()).isEqualTo(1200);
        assertThat(waits.min().getAsLong()).isEqualTo(30);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        SecondsDistribution waits = SecondsDistribution.of(40, 10, 30, 20);
        assertThat(waits.median().getAsDouble()).isEqualTo(25.0);
        assertThat(waits.p90().getAsDouble()).isCloseTo(37.0, within(1e-9)); // h = 2.7 → 30 + 0.7 × 10
    }

    @Test
    void percentilesMatchASpreadsheetsPercentileInc() {
        // PERCENTILE.INC({1..10}; 0.9) = 9.1, ({1..10}; 0.25) = 3.25, MEDIAN = 5.5
        SecondsDistribution values = SecondsDistribution.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(values.p90().getAsDouble()).isCloseTo(9.1, within(1e-9));
        assertThat(values.percentile(0.25).getAsDouble()).isCloseTo(3.25, within(1e-9));
        assertThat(values.median().getAsDouble()).isEqualTo(5.5);
        assertThat(values.percentile(0).getAsDouble()).isEqualTo(1.0);
        assertThat(values.percentile(1).getAsDouble()).isEqualTo(10.0);
    }

    @Test
    void repeatedValuesCountByTheirMultiplicity() {
        // 5 × 100 s and 5 × 700 s: median between ranks 4 and 5 → (100 + 700) / 2
        SecondsDistribution waits = SecondsDistribution.ofCounts(new long[] {700, 100}, new long[] {5, 5});
        assertThat(waits.count()).isEqualTo(10);
        assertThat(waits.median().getAsDouble()).isEqualTo(400.0);
        assertThat(waits.p90().getAsDouble()).isEqualTo(700.0);
        assertThat(waits.values()).containsExactly(100, 700);
    }

    @Test
    void aWaitOfExactlyTheTargetIsWithinIt() {
        SecondsDistribution waits = SecondsDistribution.of(599, 600, 601, 900, 901);
        assertThat(waits.countAtMost(Duration.ofMinutes(10))).isEqualTo(2);
        assertThat(waits.shareAtMost(Duration.ofMinutes(10)).getAsDouble()).isEqualTo(0.4);
        assertThat(waits.shareAtMost(Duration.ofMinutes(15)).getAsDouble()).isEqualTo(0.8);
    }

    @Test
    void mergingDaysGivesTheSameFiguresAsAllTheValuesAtOnce() {
        SecondsDistribution monday = SecondsDistribution.of(10, 200, 200, 3000);
        SecondsDistribution tuesday = SecondsDistribution.of(5, 200, 4000);
        SecondsDistribution both = SecondsDistribution.of(10, 200, 200, 3000, 5, 200, 4000);
        assertThat(monday.merge(tuesday)).isEqualTo(both);
        assertThat(tuesday.merge(monday)).isEqualTo(both);
        assertThat(monday.merge(SecondsDistribution.empty())).isSameAs(monday);
        assertThat(monday.merge(tuesday).p90()).isEqualTo(both.p90());
    }

    @Test
    void anEmptyDistributionHasNoFiguresRatherThanZeros() {
        SecondsDistribution none = SecondsDistribution.empty();
        assertThat(none.mean()).isEmpty();
        assertThat(none.median()).isEmpty();
        assertThat(none.max()).isEmpty();
        assertThat(none.shareAtMost(Duration.ofMinutes(10))).isEmpty();
    }

    @Test
    void bucketsForTheWaitChartKeepTheTailInTheLastBucket() {
        SecondsDistribution waits = SecondsDistribution.of(0, 299, 300, 899, 5000, 9000);
        assertThat(waits.buckets(Duration.ofMinutes(5), 4)).containsExactly(2, 1, 1, 2);
    }

    @Test
    void negativeDurationsAndBadPercentilesAreRefused() {
        assertThatThrownBy(() -> SecondsDistribution.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecondsDistribution.of(1).percentile(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
