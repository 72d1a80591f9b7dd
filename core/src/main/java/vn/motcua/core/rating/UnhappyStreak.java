package vn.motcua.core.rating;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the unhappy-streak rule found at one counter over its period.
 *
 * @param ratings accepted ratings in the period
 * @param unhappy of which {@link RatingLevel#isUnhappy() unhappy}
 * @param alert   whether the rule's threshold is reached
 */
public record UnhappyStreak(int counter, LocalDateTime from, LocalDateTime to, int ratings, int unhappy,
        boolean alert) {
    public UnhappyStreak {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (unhappy < 0 || ratings < unhappy) {
            throw new IllegalArgumentException("0 <= unhappy <= ratings");
        }
    }

    /** Unhappy share in whole percent, rounded down; 0 without ratings. */
    public int unhappyPercent() {
        return ratings == 0 ? 0 : unhappy * 100 / ratings;
    }
}
