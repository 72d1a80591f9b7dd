package vn.motcua.store.sync;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.intake.DossierTickets;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.rating.DossierRatings;
import vn.motcua.core.rating.Rating;

/**
 * One queue store's part of a dossier's ratings: the links into that queue ({@code tickets}, this desk's store seen
 * through that queue) and the ratings kept with it. A desk that changed mode has two: the ratings of its single-PC
 * days in its own store, with the tickets of its own queue, and those on the centre's server with the centre's
 * tickets; a ticket id of one never selects ratings of the other.
 */
public record RatingSource(DossierTickets tickets, DossierRatings ratings) {
    public RatingSource {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(ratings, "ratings");
    }

    /** The dossier's ratings in this source, oldest first. */
    public List<Rating> of(DossierCode dossier) {
        return ratings.ofDossier(dossier, tickets.of(dossier).map(ServedTicket::ticket));
    }
}
