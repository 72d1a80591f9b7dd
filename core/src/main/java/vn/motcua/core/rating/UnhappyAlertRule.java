package vn.motcua.core.rating;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The live alert for the supervisor (DOMAIN §7): at one counter, at least {@code unhappyPercent} % of the accepted
 * ratings of the last {@code period} are unhappy, counting only when there are at least {@code minimumRatings}
 * of them. Default: ≥ 50 % over 15 minutes with ≥ 4 ratings. Flagged presses never count.
 */
public record UnhappyAlertRule(int unhappyPercent, Duration period, int minimumRatings) {
    public UnhappyAlertRule {
        Objects.requireNonNull(period, "period");
        if (unhappyPercent < 1 || unhappyPercent > 100) {
            throw new IllegalArgumentException("unhappyPercent must be 1..100");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
        if (minimumRatings < 1) {
            throw new IllegalArgumentException("minimumRatings must be >= 1");
        }
    }

    public static UnhappyAlertRule defaults() {
        return new UnhappyAlertRule(50, Duration.ofMinutes(15), 4);
    }

    /** The first instant a rating counts in a check at {@code now}: ratings pressed at or after it, up to now. */
    public LocalDateTime periodStart(LocalDateTime now) {
        return now.minus(period);
    }

    /**
     * Applies the rule at {@code now} to the counter's ratings; others (other counters, flagged, outside the
     * period) are ignored, so the caller may pass more than needed.
     */
    public UnhappyStreak check(int counter, List<Rating> ratings, LocalDateTime now) {
        LocalDateTime from = periodStart(now);
        int counted = 0;
        int unhappy = 0;
        for (Rating rating : ratings) {
            if (rating.counter() != counter || !rating.counts() || rating.pressedAt().isBefore(from)
                    || rating.pressedAt().isAfter(now)) {
                continue;
            }
            counted++;
            if (rating.level().orElseThrow().isUnhappy()) {
                unhappy++;
            }
        }
        boolean alert = counted >= minimumRatings && unhappy * 100L >= (long) unhappyPercent * counted;
        return new UnhappyStreak(counter, from, now, counted, unhappy, alert);
    }
}
