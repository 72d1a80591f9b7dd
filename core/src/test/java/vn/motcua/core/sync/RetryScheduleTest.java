package vn.motcua.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30),
            new SplittableRandom(42));

    @Test
    void stepsDoubleFromTheFirstDelayUpToTheCeiling() {
        assertThat(schedule.step(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.step(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.step(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(schedule.step(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.step(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterKeepsEachDelayBetweenHalfTheStepAndTheStep() {
        for (int attempt = 1; attempt <= 20; attempt++) {
            Duration step = schedule.step(attempt);
            for (int i = 0; i < 200; i++) {
                assertThat(schedule.delayAfter(attempt)).isBetween(step.dividedBy(2), step);
            }
        }
    }

    @Test
    void jitterSpreadsDesksApartAndIsRepeatableWithTheSameSeed() {
        var a = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30), new SplittableRandom(7));
        var b = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30), new SplittableRandom(7));
        var delays = java.util.stream.IntStream.range(0, 50).mapToObj(i -> a.delayAfter(6)).toList();
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> b.delayAfter(6)).toList()).isEqualTo(delays);
        assertThat(delays.stream().distinct().count()).isGreaterThan(40);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.step(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
