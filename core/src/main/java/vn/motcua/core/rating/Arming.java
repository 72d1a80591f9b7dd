package vn.motcua.core.rating;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;

/**
 * A counter's keypad armed for one service: the press made in {@code [opensAt, closesAt)} is the rating of this
 * ticket and dossier, given to this clerk. A result handed back without a queue ticket arms for the dossier alone.
 *
 * @param number the ticket's printed number, for the counter panel and the pad's display
 */
public record Arming(int counter, Optional<TicketId> ticket, Optional<TicketNumber> number,
        Optional<DossierCode> dossier, String clerk, Instant opensAt, Instant closesAt) {
    public Arming {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (counter < 1) {
            throw new IllegalArgumentException("counter >= 1");
        }
        if (ticket.isEmpty() && dossier.isEmpty()) {
            throw new IllegalArgumentException("An arming rates a ticket or a dossier");
        }
        if (ticket.isPresent() != number.isPresent()) {
            throw new IllegalArgumentException("A ticket comes with its number");
        }
        if (clerk == null || clerk.isBlank()) {
            throw new IllegalArgumentException("An arming names its clerk");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("An arming closes after it opens");
        }
    }

    /** Whether a press received at {@code at} falls in the window. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** What the pad shows while armed: the ticket number, else the dossier code. */
    public String shownAs() {
        return number.map(TicketNumber::text).orElseGet(() -> dossier.orElseThrow().value());
    }

    boolean sameService(Arming other) {
        return ticket.isPresent() ? ticket.equals(other.ticket()) : other.ticket().isEmpty()
                && dossier.equals(other.dossier());
    }
}
