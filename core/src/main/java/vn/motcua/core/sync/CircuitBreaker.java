package vn.motcua.core.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops pushing to a province that is down: after {@code threshold} transient failures in a row the circuit
 * opens and nothing is sent for {@code coolDown}; then one trial call is let through (half-open), whose success
 * closes the circuit and whose failure opens it for another cool-down. Not thread-safe: the sync engine's one
 * worker owns it.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failuresInARow;
    private Instant openedAt = Instant.MIN;

    public CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("The circuit threshold is at least 1");
        }
        this.threshold = threshold;
        this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a call may go out now; moves an open circuit whose cool-down is over to half-open. */
    public boolean allowsCall() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(coolDown))) {
            state = State.HALF_OPEN;
        }
        return state != State.OPEN;
    }

    /** The province answered (a rejection is an answer too). */
    public void recordAnswer() {
        state = State.CLOSED;
        failuresInARow = 0;
    }

    public void recordTransientFailure() {
        failuresInARow++;
        if (state == State.HALF_OPEN || failuresInARow >= threshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public State state() {
        return state;
    }

    /** When an open circuit lets the next trial through. */
    public Instant reopensAt() {
        return openedAt.plus(coolDown);
    }
}
