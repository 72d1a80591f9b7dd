package vn.motcua.core.statistics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What "good" means for this office (DOMAIN §10), from the office's settings, never from code.
 *
 * @param waitTargets          the waits reported as "% served within" (10 and 15 minutes by default)
 * @param averageWaitTarget    the average wait the staffing advisor plans for
 * @param serviceLevelShare    with {@code serviceLevelWait}: the share of citizens the advisor wants called
 *                             within that wait (0 to disable)
 * @param satisfactionTarget   share of satisfied ratings aimed at (0.95)
 * @param intakeNorms          dossiers per clerk per year by office level (PROVINCE 1,600, DISTRICT 1,200,
 *                             COMMUNE 800)
 * @param countFlaggedRatings  whether presses the keypad flagged as suspect are counted (normally not)
 */
public record StatisticsTargets(List<Duration> waitTargets, Duration averageWaitTarget, double serviceLevelShare,
        Duration serviceLevelWait, double satisfactionTarget, Map<String, Integer> intakeNorms,
        boolean countFlaggedRatings) {

    public StatisticsTargets {
        waitTargets = List.copyOf(waitTargets);
        Objects.requireNonNull(averageWaitTarget, "averageWaitTarget");
        Objects.requireNonNull(serviceLevelWait, "serviceLevelWait");
        intakeNorms = Map.copyOf(intakeNorms);
        if (waitTargets.isEmpty() || waitTargets.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("At least one positive wait target");
        }
        if (averageWaitTarget.isNegative() || averageWaitTarget.isZero()) {
            throw new IllegalArgumentException("The average wait target must be positive");
        }
        if (serviceLevelShare < 0 || serviceLevelShare >= 1 || satisfactionTarget < 0 || satisfactionTarget > 1) {
            throw new IllegalArgumentException("Shares are fractions: service level in [0, 1), satisfaction in [0, 1]");
        }
    }

    /** The seeds' 2025 targets: wait within 10 and 15 minutes, average ≤ 10 min, 95% satisfied. */
    public static StatisticsTargets defaults() {
        return new StatisticsTargets(List.of(Duration.ofMinutes(10), Duration.ofMinutes(15)), Duration.ofMinutes(10),
                0.8, Duration.ofMinutes(15), 0.95, Map.of("PROVINCE", 1600, "DISTRICT", 1200, "COMMUNE", 800),
                false);
    }

    public boolean counts(RatingRecord rating) {
        return countFlaggedRatings || rating.flag() == RatingRecord.Flag.NONE;
    }
}
