package vn.motcua.core.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a transiently failed push again: exponential backoff capped at {@code ceiling}, with "equal
 * jitter" (half the step fixed, half random). The fixed half keeps the delay growing; the random half stops
 * every desk of a province that lost its connection together from retrying in lock-step when it returns.
 */
public final class RetrySchedule {
    private final Duration first;
    private final Duration ceiling;
    private final RandomGenerator random;

    public RetrySchedule(Duration first, Duration ceiling, RandomGenerator random) {
        this.first = Objects.requireNonNull(first, "first");
        this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
        this.random = Objects.requireNonNull(random, "random");
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("Retry delays need 0 < first <= ceiling");
        }
    }

    /** The step before jitter for the given failed attempt (1 = the first failure). */
    public Duration step(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        int doublings = Math.min(attempt - 1, 40);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > ceiling.toMillis() ? ceiling : Duration.ofMillis(millis);
    }

    /** A delay between half the step and the whole step. */
    public Duration delayAfter(int attempt) {
        long step = step(attempt).toMillis();
        long half = step / 2;
        return Duration.ofMillis(half + random.nextLong(step - half + 1));
    }
}
