package vn.motcua.core.rating;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.core.rating.RatingKeypad.KeyPress;

/** What {@link CounterRatings} decided: a press classified (to store), or an arming that ran out unrated. */
public sealed interface RatingDecision {

    /** A press and its flag; {@code arming} is the window it fell in (empty for {@link RatingFlag#NOT_ARMED}). */
    record Classified(int counter, KeyPress press, RatingFlag flag, Optional<RatingLevel> level,
            Optional<Arming> arming) implements RatingDecision {
        public Classified {
            Objects.requireNonNull(press, "press");
            Objects.requireNonNull(flag, "flag");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(arming, "arming");
        }

        /** The row to store, times in the office's zone, under the press's own id. */
        public NewRating toRating(ZoneId zone, UUID id) {
            boolean bound = flag != RatingFlag.NOT_ARMED;
            Optional<Arming> binding = arming.filter(a -> bound);
            return new NewRating(counter, press.keypad(), press.key(), level, flag,
                    binding.flatMap(Arming::ticket), binding.flatMap(Arming::dossier), binding.map(Arming::clerk),
                    LocalDateTime.ofInstant(press.receivedAt(), zone), press.pressMillis(), id);
        }
    }

    /** The window closed without an accepted press. */
    record Expired(Arming arming) implements RatingDecision {
        public Expired {
            Objects.requireNonNull(arming, "arming");
        }
    }
}
