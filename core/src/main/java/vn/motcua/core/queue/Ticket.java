package vn.motcua.core.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A queue ticket as stored. Immutable: every counter action returns the changed ticket, which the store
 * writes in the same transaction as the matching {@link TicketEvent}.
 *
 * @param day           the day the number belongs to (numbers restart daily per prefix)
 * @param place         where it waits; meaningful while WAITING
 * @param call          the counter that called it most recently, kept after the ticket leaves the counter
 * @param firstCalledAt the first call ever: wait = issuedAt → firstCalledAt (DOMAIN §6)
 * @param returnTo      the service it goes back to, at raised priority, when the transfer target finishes
 * @param quote         the wait range printed on the ticket; empty for walk-ins
 * @param reason        why it is parked (the clerk's words), cancelled or closed (a message key)
 */
public record Ticket(TicketId id, TicketNumber number, LocalDate day, ServiceId service, Priority priority,
        TicketStatus status, LocalDateTime issuedAt, Place place, Optional<Call> call,
        Optional<LocalDateTime> firstCalledAt, Optional<ServiceId> returnTo, boolean walkIn,
        Optional<WaitQuote> quote, Optional<String> reason) {

    /** The order of a queue lane: tickets sent to the front first, then by the time they joined. */
    public static final Comparator<Ticket> QUEUE_ORDER = Comparator
            .comparing((Ticket t) -> !t.place().atFront())
            .thenComparing(t -> t.place().queuedAt())
            .thenComparingLong(t -> t.id().value());

    /**
     * @param queuedAt    the time the ticket joined its current queue (issue time, or the transfer time)
     * @param atFront     sent to the front by a transfer: called before every ticket not at the front
     * @param reservedFor a counter it was transferred to; only that counter calls it
     */
    public record Place(LocalDateTime queuedAt, boolean atFront, OptionalInt reservedFor) {
        public Place {
            Objects.requireNonNull(queuedAt, "queuedAt");
            Objects.requireNonNull(reservedFor, "reservedFor");
        }

        public static Place inLine(LocalDateTime queuedAt) {
            return new Place(queuedAt, false, OptionalInt.empty());
        }
    }

    /**
     * @param calls     announcements of this call, 1 for the first; 0 for a walk-in who was never called
     * @param calledAt  the first announcement of this call: service time = calledAt → finish
     */
    public record Call(int counter, int calls, LocalDateTime calledAt, LocalDateTime lastCalledAt) {
        public Call {
            Objects.requireNonNull(calledAt, "calledAt");
            Objects.requireNonNull(lastCalledAt, "lastCalledAt");
            if (counter < 1 || calls < 0 || lastCalledAt.isBefore(calledAt)) {
                throw new IllegalArgumentException("counter >= 1, calls >= 0, last call not before the first");
            }
        }
    }

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(firstCalledAt, "firstCalledAt");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(reason, "reason");
        if (status.isHeld() && call.isEmpty()) {
            throw new IllegalArgumentException("A " + status + " ticket is held by a counter");
        }
    }

    /** The counter holding the ticket now (calling, serving or keeping it parked). */
    public OptionalInt heldBy() {
        return status.isHeld() ? OptionalInt.of(call.orElseThrow().counter()) : OptionalInt.empty();
    }

    public boolean isHeldBy(int counter) {
        return heldBy().equals(OptionalInt.of(counter));
    }

    /** A new call of this ticket by a counter: announced once so far. */
    public Ticket calledBy(int counter, LocalDateTime now) {
        return new Ticket(id, number, day, service, priority, TicketStatus.CALLED, issuedAt, place,
                Optional.of(new Call(counter, 1, now, now)), firstCalledAt.or(() -> Optional.of(now)), returnTo,
                walkIn, quote, Optional.empty());
    }

    public Ticket recalled(LocalDateTime now) {
        Call current = call.orElseThrow();
        return withCall(new Call(current.counter(), current.calls() + 1, current.calledAt(), now));
    }

    public Ticket withStatus(TicketStatus newStatus, Optional<String> newReason) {
        return new Ticket(id, number, day, service, priority, newStatus, issuedAt, place, call, firstCalledAt,
                returnTo, walkIn, quote, newReason);
    }

    /** Back in a queue (after a transfer, a no-show or a return): waiting, held by no counter. */
    public Ticket requeued(ServiceId newService, Priority newPriority, Place newPlace,
            Optional<ServiceId> newReturnTo) {
        return new Ticket(id, number, day, newService, newPriority, TicketStatus.WAITING, issuedAt, newPlace,
                Optional.empty(), firstCalledAt, newReturnTo, walkIn, quote, Optional.empty());
    }

    private Ticket withCall(Call newCall) {
        return new Ticket(id, number, day, service, priority, status, issuedAt, place, Optional.of(newCall),
                firstCalledAt, returnTo, walkIn, quote, reason);
    }
}
