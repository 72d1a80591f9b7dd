package vn.motcua.core.intake;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;

/** Port: which queue ticket each dossier was taken in on, for ratings and service statistics. */
public interface DossierTickets {

    /** Records the link once; linking the same dossier again keeps the first ticket. */
    void link(DossierCode dossier, ServedTicket ticket, String clerk, LocalDateTime at);

    Optional<ServedTicket> of(DossierCode dossier);

    /** The dossiers taken in on the ticket (a citizen may hand in several). */
    List<DossierCode> dossiersOf(TicketId ticket);
}
