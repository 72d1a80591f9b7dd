package vn.motcua.core.queue;

import java.time.LocalDateTime;
import java.util.Objects;

/** One announcement, for the display board's "last calls". */
public record CallRecord(TicketId ticket, TicketNumber number, int counter, LocalDateTime at) {
    public CallRecord {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(at, "at");
    }
}
