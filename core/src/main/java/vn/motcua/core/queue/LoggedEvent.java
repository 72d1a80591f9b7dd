package vn.motcua.core.queue;

import java.util.Objects;

/**
 * A ticket event as the store's event log holds it. Ids rise in commit order, so a screen that remembers the last
 * id it has seen (its cursor) and asks for the events after it ({@link QueueStore#eventsAfter}) never misses one,
 * whichever process stored it, also after it lost its connection for a while.
 */
public record LoggedEvent(long id, TicketEvent event, TicketNumber number) {
    public LoggedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(number, "number");
        if (id < 1) {
            throw new IllegalArgumentException("Event ids start at 1");
        }
    }
}
