package vn.motcua.core.queue;

import java.util.Objects;
import java.util.Optional;

/** A counter as the display board shows it: open or paused, and the ticket it calls or serves. */
public record CounterNow(int counter, String name, boolean paused, Optional<Ticket> current) {
    public CounterNow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(current, "current");
    }
}
