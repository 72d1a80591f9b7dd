package vn.motcua.core.queue;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One stored step of a ticket's history.
 *
 * @param service the ticket's service when it happened
 * @param note    details: park reason, transfer target, cancel or close reason key; empty when none
 */
public record TicketEvent(TicketId ticket, TicketEventKind kind, LocalDateTime at, OptionalInt counter,
        Optional<String> clerk, ServiceId service, String note) {
    public TicketEvent {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(note, "note");
    }
}
