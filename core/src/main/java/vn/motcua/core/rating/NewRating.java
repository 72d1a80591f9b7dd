package vn.motcua.core.rating;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;

/**
 * One classified keypad press, ready to store. Ticket, dossier and clerk are those of the arming the press fell
 * in; a press outside any arming ({@link RatingFlag#NOT_ARMED}) carries none of them.
 *
 * @param keypad     the pad's address or serial as its adapter reports it ({@code screen} for the touch screen)
 * @param key        the key pressed, 1-based
 * @param level      what the key means on the scale; empty for {@link RatingFlag#UNKNOWN_KEY}
 * @param pressedAt  office-local time the host received the press
 * @param heldMillis how long the key was held, 0 when the pad does not say
 * @param press      this press's own id, made on the counter's PC when it was classified: a press stored again
 *                   (kept on the counter while the centre was away, then forwarded; a retry after a commit whose
 *                   answer was lost) is recognised by it and never stored twice
 */
public record NewRating(int counter, String keypad, int key, Optional<RatingLevel> level, RatingFlag flag,
        Optional<TicketId> ticket, Optional<DossierCode> dossier, Optional<String> clerk, LocalDateTime pressedAt,
        long heldMillis, UUID press) {
    public NewRating {
        if (counter < 1) {
            throw new IllegalArgumentException("counter >= 1");
        }
        Objects.requireNonNull(keypad, "keypad");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(pressedAt, "pressedAt");
        Objects.requireNonNull(press, "press");
        if (level.isEmpty() != (flag == RatingFlag.UNKNOWN_KEY)) {
            throw new IllegalArgumentException("Only a press of an unknown key has no level");
        }
        if (flag == RatingFlag.NOT_ARMED && (ticket.isPresent() || dossier.isPresent() || clerk.isPresent())) {
            throw new IllegalArgumentException("A press outside any arming is bound to nothing");
        }
        if (flag == RatingFlag.NONE && ticket.isEmpty() && dossier.isEmpty()) {
            throw new IllegalArgumentException("An accepted rating rates a ticket or a dossier");
        }
        heldMillis = Math.max(0, heldMillis);
    }

    public Rating stored(long id) {
        return new Rating(id, counter, keypad, key, level, flag, ticket, dossier, clerk, pressedAt, heldMillis,
                Optional.empty());
    }
}
