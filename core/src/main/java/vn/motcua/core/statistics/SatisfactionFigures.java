package vn.motcua.core.statistics;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Keypad ratings of one group. Only counted presses (see {@link StatisticsTargets#counts}) are in the levels;
 * the others are kept per flag so a supervisor sees how many were set aside and why.
 *
 * @param levels   counted presses per level
 * @param flagged  presses not counted, per flag
 * @param reasons  reasons given with counted UNSATISFIED presses ("" when none was given), with counts
 */
public record SatisfactionFigures(Map<RatingRecord.Level, Long> levels, Map<RatingRecord.Flag, Long> flagged,
        Map<String, Long> reasons) {

    public static final SatisfactionFigures NONE = new SatisfactionFigures(Map.of(), Map.of(), Map.of());

    public SatisfactionFigures {
        levels = Map.copyOf(levels);
        flagged = Map.copyOf(flagged);
        reasons = Map.copyOf(reasons);
    }

    /** Adds presses up; not thread-safe. */
    public static final class Tally {
        private final Map<RatingRecord.Level, Long> levels = new EnumMap<>(RatingRecord.Level.class);
        private final Map<RatingRecord.Flag, Long> flagged = new EnumMap<>(RatingRecord.Flag.class);
        private final Map<String, Long> reasons = new TreeMap<>();

        public Tally add(RatingRecord rating, boolean counted) {
            if (!counted) {
                flagged.merge(rating.flag(), 1L, Long::sum);
                return this;
            }
            levels.merge(rating.level(), 1L, Long::sum);
            if (rating.level() == RatingRecord.Level.UNSATISFIED) {
                reasons.merge(rating.reason().map(String::strip).orElse(""), 1L, Long::sum);
            }
            return this;
        }

        public Tally add(SatisfactionFigures figures) {
            figures.levels.forEach((k, v) -> levels.merge(k, v, Long::sum));
            figures.flagged.forEach((k, v) -> flagged.merge(k, v, Long::sum));
            figures.reasons.forEach((k, v) -> reasons.merge(k, v, Long::sum));
            return this;
        }

        public SatisfactionFigures figures() {
            return new SatisfactionFigures(levels, flagged, reasons);
        }
    }

    public SatisfactionFigures plus(SatisfactionFigures o) {
        Map<RatingRecord.Level, Long> l = new EnumMap<>(RatingRecord.Level.class);
        levels.forEach((k, v) -> l.merge(k, v, Long::sum));
        o.levels.forEach((k, v) -> l.merge(k, v, Long::sum));
        Map<RatingRecord.Flag, Long> f = new EnumMap<>(RatingRecord.Flag.class);
        flagged.forEach((k, v) -> f.merge(k, v, Long::sum));
        o.flagged.forEach((k, v) -> f.merge(k, v, Long::sum));
        Map<String, Long> r = new TreeMap<>(reasons);
        o.reasons.forEach((k, v) -> r.merge(k, v, Long::sum));
        return new SatisfactionFigures(l, f, r);
    }

    public long count(RatingRecord.Level level) {
        return levels.getOrDefault(level, 0L);
    }

    /** Counted presses. */
    public long counted() {
        return levels.values().stream().mapToLong(Long::longValue).sum();
    }

    public long flaggedTotal() {
        return flagged.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Very satisfied + satisfied over counted presses (neutral counts as not satisfied), 0..1. */
    public OptionalDouble satisfiedShare() {
        return QueueFigures.share(count(RatingRecord.Level.VERY_SATISFIED) + count(RatingRecord.Level.SATISFIED),
                counted());
    }

    public OptionalDouble unsatisfiedShare() {
        return QueueFigures.share(count(RatingRecord.Level.UNSATISFIED), counted());
    }
}
