package vn.motcua.core.rating;

import java.util.Objects;

/** What {@link RatingDesk} tells the screens, after it is stored. Each names its counter. */
public sealed interface RatingEvent {

    int counter();

    /** The keypad is lit for this service. */
    record Armed(Arming arming) implements RatingEvent {
        public Armed {
            Objects.requireNonNull(arming, "arming");
        }

        @Override
        public int counter() {
            return arming.counter();
        }
    }

    /** A press was stored with its flag: the rating itself when {@link RatingFlag#NONE}. */
    record Recorded(Rating rating) implements RatingEvent {
        public Recorded {
            Objects.requireNonNull(rating, "rating");
        }

        @Override
        public int counter() {
            return rating.counter();
        }
    }

    /** The window closed without a rating. */
    record Expired(Arming arming) implements RatingEvent {
        public Expired {
            Objects.requireNonNull(arming, "arming");
        }

        @Override
        public int counter() {
            return arming.counter();
        }
    }

    /** The citizen said why they were unhappy. */
    record ReasonGiven(Rating rating) implements RatingEvent {
        public ReasonGiven {
            Objects.requireNonNull(rating, "rating");
        }

        @Override
        public int counter() {
            return rating.counter();
        }
    }

    /** The counter's unhappy streak after a new rating (see {@link UnhappyAlertRule}). */
    record StreakChecked(UnhappyStreak streak) implements RatingEvent {
        public StreakChecked {
            Objects.requireNonNull(streak, "streak");
        }

        @Override
        public int counter() {
            return streak.counter();
        }
    }

    /** A press could not be stored (the store failed); the flag it would have had. */
    record NotRecorded(int counter, RatingFlag flag, String problem) implements RatingEvent {
        public NotRecorded {
            Objects.requireNonNull(flag, "flag");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * The queue's store was away (centre mode), so the press was kept on this counter's PC; it is forwarded once the
     * store is back ({@link Forwarded}). The flag is the one it will be stored with.
     */
    record Kept(NewRating rating) implements RatingEvent {
        public Kept {
            Objects.requireNonNull(rating, "rating");
        }

        @Override
        public int counter() {
            return rating.counter();
        }
    }

    /** A press kept while the store was away has now been stored there. */
    record Forwarded(Rating rating) implements RatingEvent {
        public Forwarded {
            Objects.requireNonNull(rating, "rating");
        }

        @Override
        public int counter() {
            return rating.counter();
        }
    }
}
