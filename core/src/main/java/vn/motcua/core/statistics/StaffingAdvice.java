package vn.motcua.core.statistics;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the Erlang C model suggests per half hour, next to what was measured. Labelled a model everywhere it is
 * shown: it assumes random (Poisson) arrivals and exponential service times and nobody leaving the queue.
 *
 * @param days the queue days the averages are over
 */
public record StaffingAdvice(long days, List<Interval> intervals) {
    public StaffingAdvice {
        intervals = List.copyOf(intervals);
    }

    /**
     * @param arrivalsPerHour       measured tickets issued per hour in this half hour, averaged over the days
     * @param meanServiceSeconds    measured mean service time of services called in this half hour (the whole
     *                              period's when fewer than {@link StaffingAdvisor#MIN_SERVICES_PER_SLOT})
     * @param offeredLoad           arrivals × service time, in Erlangs: counters kept busy on average
     * @param countersNeeded        the model's fewest counters for the targets
     * @param modelMeanWaitSeconds  the model's mean wait with that many counters
     * @param modelServiceLevel     the model's share called within the service-level wait with that many
     * @param countersOpen          counters measured serving during this half hour, averaged over the days
     * @param measuredMeanWaitSeconds measured mean wait of tickets issued in this half hour
     */
    public record Interval(LocalTime start, double arrivalsPerHour, OptionalDouble meanServiceSeconds,
            double offeredLoad, OptionalInt countersNeeded, OptionalDouble modelMeanWaitSeconds,
            OptionalDouble modelServiceLevel, double countersOpen, OptionalDouble measuredMeanWaitSeconds) {
        public Interval {
            Objects.requireNonNull(start, "start");
        }

        /** Fewer counters open than the model needs (by at least half a counter on average). */
        public boolean understaffed() {
            return countersNeeded.isPresent() && countersOpen + 0.5 <= countersNeeded.getAsInt();
        }
    }
}
