package vn.motcua.core.statistics;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns measured arrivals and service times per half hour into the counters the Erlang C model needs to keep the
 * average wait within the target (and the service level, when one is set), next to the counters actually open.
 */
public final class StaffingAdvisor {
    /** Below this many services in a half hour, its mean service time is too noisy: the period's is used. */
    public static final int MIN_SERVICES_PER_SLOT = 10;
    private static final double SLOT_HOURS = 0.5;

    private final StatisticsTargets targets;

    public StaffingAdvisor(StatisticsTargets targets) {
        this.targets = targets;
    }

    public StaffingAdvice advise(OfficeFigures figures) {
        long days = figures.queueDays();
        List<StaffingAdvice.Interval> intervals = new ArrayList<>();
        if (days == 0) {
            return new StaffingAdvice(0, intervals);
        }
        OptionalDouble overallService = figures.queue(GroupKey.TOTAL).services().mean();
        java.util.TreeSet<String> slots = new java.util.TreeSet<>(figures.openCounters().keySet());
        figures.groups(figures.queue(), Breakdown.SLOT).keySet().forEach(key -> slots.add(key.value()));
        for (String slot : slots) {
            QueueFigures q = figures.queue(new GroupKey(Breakdown.SLOT, slot));
            double arrivalsPerHour = (q.issued() - q.cancelled()) / (double) days / SLOT_HOURS;
            OptionalDouble service = q.services().count() >= MIN_SERVICES_PER_SLOT ? q.services().mean()
                    : overallService;
            double open = figures.openCounters().getOrDefault(slot, 0L) / (double) days;
            double load = service.isPresent() ? arrivalsPerHour / 3600 * service.getAsDouble() : 0;
            OptionalInt needed = OptionalInt.empty();
            OptionalDouble modelWait = OptionalDouble.empty();
            OptionalDouble modelLevel = OptionalDouble.empty();
            if (service.isPresent()) {
                int c = ErlangC.countersNeeded(load, service.getAsDouble(), targets.averageWaitTarget(),
                        targets.serviceLevelShare(), targets.serviceLevelWait());
                needed = OptionalInt.of(c);
                modelWait = OptionalDouble.of(ErlangC.meanWaitSeconds(c, load, service.getAsDouble()));
                modelLevel = OptionalDouble.of(
                        ErlangC.serviceLevel(c, load, service.getAsDouble(), targets.serviceLevelWait()));
            }
            intervals.add(new StaffingAdvice.Interval(LocalTime.parse(slot), arrivalsPerHour, service, load, needed,
                    modelWait, modelLevel, open, q.waits().mean()));
        }
        return new StaffingAdvice(days, intervals);
    }
}
