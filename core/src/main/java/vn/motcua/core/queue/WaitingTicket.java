package vn.motcua.core.queue;

import java.time.Duration;
import java.util.Objects;

/** A waiting ticket as a counter panel lists it: with how long it has waited in its current queue. */
public record WaitingTicket(Ticket ticket, Duration waited) {
    public WaitingTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(waited, "waited");
    }
}
