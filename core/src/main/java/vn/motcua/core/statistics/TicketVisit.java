package vn.motcua.core.statistics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.WaitQuote;

/**
 * One ticket as the statistics see it, derived from its stored history by {@link TicketHistory}.
 *
 * @param service      the service the ticket was issued for (a transfer does not move it to another service's
 *                     figures: the wait was spent in this queue)
 * @param firstCall    the first call: its time, counter and clerk; empty when never called. Walk-ins are never
 *                     called (they are served at once) and have no wait.
 * @param transferred  sent to another service or counter at least once
 * @param quote        the wait range printed on the ticket, when one was
 */
public record TicketVisit(TicketId ticket, ServiceId service, LocalDateTime issuedAt, boolean walkIn,
        Optional<Call> firstCall, Outcome outcome, boolean transferred, Optional<WaitQuote> quote) {

    /** How the ticket ended up (so far). */
    public enum Outcome {
        /** At least one service finished. */
        SERVED,
        /** Called and did not come, and never served afterwards. */
        NO_SHOW,
        /** Cancelled (a ticket whose paper never printed, or withdrawn). */
        CANCELLED,
        /** Neither: still waiting or parked, or closed at the end of the day without being served. */
        UNSERVED
    }

    /** A call to a counter; the clerk is empty for calls made before clerks were recorded. */
    public record Call(LocalDateTime at, int counter, Optional<String> clerk) {
        public Call {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    public TicketVisit {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(firstCall, "firstCall");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(quote, "quote");
    }

    /** Issued → first call (DOMAIN §6), in whole seconds; empty for walk-ins and tickets never called. */
    public Optional<Duration> waited() {
        if (walkIn) {
            return Optional.empty();
        }
        return firstCall.map(call -> Duration.ofSeconds(Math.max(0, Duration.between(issuedAt, call.at()).toSeconds())));
    }

    public OptionalInt firstCounter() {
        return firstCall.map(call -> OptionalInt.of(call.counter())).orElse(OptionalInt.empty());
    }

    public Optional<String> firstClerk() {
        return firstCall.flatMap(Call::clerk);
    }
}
