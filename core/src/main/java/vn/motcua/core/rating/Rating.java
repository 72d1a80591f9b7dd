package vn.motcua.core.rating;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;

/**
 * A stored keypad press (see {@link NewRating}) with its id and, for an unhappy accepted rating, the reason the
 * citizen chose on the touch screen.
 */
public record Rating(long id, int counter, String keypad, int key, Optional<RatingLevel> level, RatingFlag flag,
        Optional<TicketId> ticket, Optional<DossierCode> dossier, Optional<String> clerk, LocalDateTime pressedAt,
        long heldMillis, Optional<String> reason) {
    public Rating {
        Objects.requireNonNull(keypad, "keypad");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(pressedAt, "pressedAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** Counts in scores: accepted, with a level. */
    public boolean counts() {
        return flag.counts() && level.isPresent();
    }

    public Rating withReason(String given) {
        return new Rating(id, counter, keypad, key, level, flag, ticket, dossier, clerk, pressedAt, heldMillis,
                Optional.of(given));
    }
}
