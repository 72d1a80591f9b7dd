package vn.motcua.core.statistics;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.queue.TicketId;

/**
 * One press on a counter's rating keypad as stored, bound to its counter and, when known, its clerk, ticket and
 * dossier. Presses the keypad host flagged as suspect are kept with their flag; the statistics count only
 * unflagged ones unless asked otherwise (see {@link StatisticsTargets#countFlaggedRatings()}).
 */
public record RatingRecord(LocalDateTime at, int counter, Optional<String> clerk, Optional<TicketId> ticket,
        Optional<String> dossier, Level level, Flag flag, Optional<String> reason) {

    /** The keypad's answer. Three-key pads never send NEUTRAL. */
    public enum Level {
        VERY_SATISFIED, SATISFIED, NEUTRAL, UNSATISFIED;

        public boolean isSatisfied() {
            return this == VERY_SATISFIED || this == SATISFIED;
        }
    }

    /** Why the keypad host doubted a press; NONE counts. */
    public enum Flag { NONE, NOT_ARMED, REPEATED, BURST }

    public RatingRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(reason, "reason");
    }
}
