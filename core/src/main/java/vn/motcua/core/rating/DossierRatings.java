package vn.motcua.core.rating;

import java.util.List;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;

/**
 * Port: the ratings a dossier carries to the province ({@code DanhGiaHaiLong}), read where the ratings are kept:
 * the desk's own store in single-PC mode, the centre's shared server in centre mode (while the dossier and the link
 * to its ticket stay on the desk that took it in).
 */
public interface DossierRatings {

    /**
     * The accepted ratings armed for the dossier (a result handed back) and those of the ticket it was taken in on
     * (the visit it was received in, shared by every dossier of that visit), oldest first.
     *
     * @param takenInOn the queue ticket the dossier was taken in on, when there was one
     */
    List<Rating> ofDossier(DossierCode dossier, Optional<TicketId> takenInOn);
}
