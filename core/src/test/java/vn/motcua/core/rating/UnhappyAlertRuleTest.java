package vn.motcua.core.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.TicketId;

class UnhappyAlertRuleTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private final UnhappyAlertRule rule = UnhappyAlertRule.defaults();

    /**
     * Counter 2 at 10:00, last 15 minutes = 09:45:00..10:00:00: 09:45 unhappy, 09:50 happy, 09:55 unhappy, 09:58
     * very happy → 4 ratings, 2 unhappy = 50 % ≥ 50 % with ≥ 4 ratings: alert. Not counted: 09:44:59 (before),
     * 10:00:01 (after), a burst press, an unarmed press, counter 5.
     */
    @Test
    void halfUnhappyOverFifteenMinutesWithFourRatingsRaisesTheAlert() {
        List<Rating> ratings = new ArrayList<>(List.of(
                rating(2, at(9, 44, 59), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 45, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 50, 0), RatingLevel.SATISFIED, RatingFlag.NONE),
                rating(2, at(9, 55, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 58, 0), RatingLevel.VERY_SATISFIED, RatingFlag.NONE),
                rating(2, at(9, 59, 0), RatingLevel.UNSATISFIED, RatingFlag.BURST),
                rating(2, at(9, 59, 30), RatingLevel.UNSATISFIED, RatingFlag.NOT_ARMED),
                rating(5, at(9, 59, 40), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, NOW.plusSeconds(1), RatingLevel.UNSATISFIED, RatingFlag.NONE)));

        UnhappyStreak streak = rule.check(2, ratings, NOW);

        assertThat(streak.ratings()).isEqualTo(4);
        assertThat(streak.unhappy()).isEqualTo(2);
        assertThat(streak.unhappyPercent()).isEqualTo(50);
        assertThat(streak.alert()).isTrue();
        assertThat(streak.from()).isEqualTo(at(9, 45, 0));
    }

    @Test
    void belowTheMinimumNumberOfRatingsThereIsNoAlertEvenAllUnhappy() {
        List<Rating> ratings = List.of(
                rating(2, at(9, 50, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 55, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 58, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE));

        UnhappyStreak streak = rule.check(2, ratings, NOW);

        assertThat(streak.unhappyPercent()).isEqualTo(100);
        assertThat(streak.alert()).isFalse();
    }

    @Test
    void oneUnhappyInFourIsBelowTheThreshold() {
        List<Rating> ratings = List.of(
                rating(2, at(9, 50, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 51, 0), RatingLevel.NEUTRAL, RatingFlag.NONE),
                rating(2, at(9, 52, 0), RatingLevel.SATISFIED, RatingFlag.NONE),
                rating(2, at(9, 53, 0), RatingLevel.SATISFIED, RatingFlag.NONE));

        assertThat(rule.check(2, ratings, NOW).alert()).isFalse();
    }

    @Test
    void theThresholdPeriodAndMinimumAreConfigurable() {
        UnhappyAlertRule strict = new UnhappyAlertRule(30, Duration.ofMinutes(5), 2);
        List<Rating> ratings = List.of(
                rating(2, at(9, 54, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 56, 0), RatingLevel.UNSATISFIED, RatingFlag.NONE),
                rating(2, at(9, 57, 0), RatingLevel.SATISFIED, RatingFlag.NONE),
                rating(2, at(9, 58, 0), RatingLevel.SATISFIED, RatingFlag.NONE));

        UnhappyStreak streak = strict.check(2, ratings, NOW);

        assertThat(streak.ratings()).as("09:54 is outside 5 minutes").isEqualTo(3);
        assertThat(streak.alert()).as("1 of 3 = 33 % >= 30 %").isTrue();
    }

    private static LocalDateTime at(int hour, int minute, int second) {
        return LocalDateTime.of(2026, 11, 23, hour, minute, second);
    }

    private static Rating rating(int counter, LocalDateTime at, RatingLevel level, RatingFlag flag) {
        boolean bound = flag != RatingFlag.NOT_ARMED;
        return new Rating(1, counter, "KP", 1, Optional.of(level), flag,
                bound ? Optional.of(new TicketId(1)) : Optional.empty(), Optional.empty(),
                bound ? Optional.of("lan.nt") : Optional.empty(), at, 0, Optional.empty());
    }
}
