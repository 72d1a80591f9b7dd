package vn.motcua.core.queue;

import java.time.Duration;
import java.util.Objects;

/** The wait range told to a citizen when the ticket was issued, kept to measure how good quotes are. */
public record WaitQuote(int peopleAhead, Duration from, Duration to) {
    public WaitQuote {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (peopleAhead < 0 || from.isNegative() || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("people ahead >= 0 and 0 <= from <= to");
        }
    }

    public boolean contains(Duration wait) {
        return wait.compareTo(from) >= 0 && wait.compareTo(to) <= 0;
    }
}
