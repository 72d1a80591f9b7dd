package vn.motcua.core.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** A ticket about to be stored; the store gives it its {@link TicketId}. */
public record NewTicket(TicketNumber number, LocalDate day, ServiceId service, Priority priority,
        TicketStatus status, LocalDateTime issuedAt, Optional<Ticket.Call> call, boolean walkIn,
        Optional<WaitQuote> quote) {
    public NewTicket {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(quote, "quote");
    }

    public Ticket withId(TicketId id) {
        return new Ticket(id, number, day, service, priority, status, issuedAt, Ticket.Place.inLine(issuedAt), call,
                Optional.empty(), Optional.empty(), walkIn, quote, Optional.empty());
    }
}
