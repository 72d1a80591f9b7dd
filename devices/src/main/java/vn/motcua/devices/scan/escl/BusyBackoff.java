package vn.motcua.devices.scan.escl;

import java.time.Duration;
import java.util.Optional;

/** Delays between retries of a "503 busy" answer: doubling from the first delay, and never past the deadline. */
final class BusyBackoff {
    private static final int MAX_FACTOR = 8;

    private final long deadline;
    private final Duration longest;
    private Duration next;

    BusyBackoff(Duration first, Duration giveUpAfter) {
        this.deadline = System.nanoTime() + giveUpAfter.toNanos();
        this.longest = first.multipliedBy(MAX_FACTOR);
        this.next = first;
    }

    /** The next delay, the scanner's Retry-After if it sent one, or empty when the deadline has passed. */
    Optional<Duration> nextDelay(Optional<Duration> retryAfter) {
        Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
        if (remaining.isNegative() || remaining.isZero()) {
            return Optional.empty();
        }
        Duration delay = retryAfter.orElse(next);
        next = next.multipliedBy(2).compareTo(longest) > 0 ? longest : next.multipliedBy(2);
        return Optional.of(delay.compareTo(remaining) < 0 ? delay : remaining);
    }
}
