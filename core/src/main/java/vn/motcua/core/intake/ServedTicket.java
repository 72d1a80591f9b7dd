package vn.motcua.core.intake;

import java.util.Objects;
import vn.motcua.core.queue.TicketId;

/** The queue ticket being served at a counter when a dossier is taken in. */
public record ServedTicket(TicketId ticket, int counter) {
    public ServedTicket {
        Objects.requireNonNull(ticket, "ticket");
        if (counter < 1) {
            throw new IllegalArgumentException("Counters are numbered from 1");
        }
    }
}
