package vn.motcua.core.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every figure of an office over some days, per group of every breakdown. Figures of separate days add up
 * exactly ({@link #plus}), so a period is the sum of its days and a closed day can be kept once computed.
 *
 * @param queue         tickets and services per group (all breakdowns)
 * @param satisfaction  counted ratings per group: TOTAL, COUNTER, CLERK, HOUR, DAY
 * @param dossiers      dossier events per group: TOTAL, COUNTER (where taken in), CLERK (who took it in), DAY
 * @param openCounters  per half-hour slot ({@code HH:mm}), the number of (day, counter) pairs with a service
 *                      running during it: divided by the days, the counters actually open
 */
public record OfficeFigures(Map<GroupKey, QueueFigures> queue, Map<GroupKey, SatisfactionFigures> satisfaction,
        Map<GroupKey, DossierFigures> dossiers, Map<String, Long> openCounters) {

    public static final OfficeFigures NONE = new OfficeFigures(Map.of(), Map.of(), Map.of(), Map.of());

    public OfficeFigures {
        queue = Map.copyOf(queue);
        satisfaction = Map.copyOf(satisfaction);
        dossiers = Map.copyOf(dossiers);
        openCounters = Map.copyOf(openCounters);
    }

    public QueueFigures queue(GroupKey key) {
        return queue.getOrDefault(key, QueueFigures.NONE);
    }

    public SatisfactionFigures satisfaction(GroupKey key) {
        return satisfaction.getOrDefault(key, SatisfactionFigures.NONE);
    }

    public DossierFigures dossiers(GroupKey key) {
        return dossiers.getOrDefault(key, DossierFigures.NONE);
    }

    /** The groups of one breakdown in display order (counters by number, hours and days in time order). */
    public <T> TreeMap<GroupKey, T> groups(Map<GroupKey, T> figures, Breakdown breakdown) {
        TreeMap<GroupKey, T> groups = new TreeMap<>();
        figures.forEach((key, value) -> {
            if (key.breakdown() == breakdown) {
                groups.put(key, value);
            }
        });
        return groups;
    }

    /** Days on which at least one ticket was issued: the days the queue was open. */
    public long queueDays() {
        return queue.entrySet().stream()
                .filter(e -> e.getKey().breakdown() == Breakdown.DAY && e.getValue().issued() > 0).count();
    }

    public OfficeFigures plus(OfficeFigures other) {
        return new OfficeFigures(sum(queue, other.queue, QueueFigures::plus),
                sum(satisfaction, other.satisfaction, SatisfactionFigures::plus),
                sum(dossiers, other.dossiers, (a, b) -> new DossierFigures.Tally().add(a).add(b).figures()),
                sum(openCounters, other.openCounters, Long::sum));
    }

    public static OfficeFigures sum(List<OfficeFigures> parts) {
        Builder builder = new Builder(null, StatisticsTargets.defaults());
        parts.forEach(builder::add);
        return builder.build();
    }

    private static <K, V> Map<K, V> sum(Map<K, V> a, Map<K, V> b, java.util.function.BinaryOperator<V> plus) {
        Map<K, V> sum = new HashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, plus));
        return sum;
    }

    /**
     * Adds up the records of one period. Tickets count on the day they were issued, services on the day they
     * finished, ratings on the day they were pressed, and each dossier event on its own day; records outside
     * the period (the store may return a dossier for a later event) add only what happened inside it.
     */
    public static final class Builder {
        private final Period period;
        private final StatisticsTargets targets;
        private final Map<GroupKey, QueueFigures.Tally> queue = new HashMap<>();
        private final Map<GroupKey, SatisfactionFigures.Tally> satisfaction = new HashMap<>();
        private final Map<GroupKey, DossierFigures.Tally> dossiers = new HashMap<>();
        private final Map<String, Long> openCounters = new HashMap<>();
        private final Set<Long> counterSlotsSeen = new HashSet<>();

        /** @param period the days to count; null counts everything (for summing figures already filtered) */
        public Builder(Period period, StatisticsTargets targets) {
            this.period = period;
            this.targets = Objects.requireNonNull(targets, "targets");
        }

        private boolean inPeriod(LocalDateTime at) {
            return period == null || period.contains(at.toLocalDate());
        }

        private QueueFigures.Tally queue(GroupKey key) {
            return queue.computeIfAbsent(key, k -> new QueueFigures.Tally());
        }

        public Builder add(TicketVisit visit) {
            if (!inPeriod(visit.issuedAt())) {
                return this;
            }
            queue(GroupKey.TOTAL).add(visit);
            queue(GroupKey.service(visit.service().value())).add(visit);
            queue(GroupKey.hour(visit.issuedAt())).add(visit);
            queue(GroupKey.slot(visit.issuedAt())).add(visit);
            queue(GroupKey.day(visit.issuedAt().toLocalDate())).add(visit);
            visit.firstCall().ifPresent(call -> {
                queue(GroupKey.counter(call.counter())).add(visit);
                call.clerk().ifPresent(clerk -> queue(GroupKey.clerk(clerk)).add(visit));
            });
            return this;
        }

        public Builder add(ServiceLeg leg) {
            if (!inPeriod(leg.finishedAt())) {
                return this;
            }
            queue(GroupKey.TOTAL).add(leg);
            queue(GroupKey.service(leg.service().value())).add(leg);
            queue(GroupKey.hour(leg.calledAt())).add(leg);
            queue(GroupKey.slot(leg.calledAt())).add(leg);
            queue(GroupKey.day(leg.finishedAt().toLocalDate())).add(leg);
            queue(GroupKey.counter(leg.counter())).add(leg);
            leg.clerk().ifPresent(clerk -> queue(GroupKey.clerk(clerk)).add(leg));
            markOpen(leg);
            return this;
        }

        /** Every half-hour slot the service ran in counts the counter open on that day once. */
        private void markOpen(ServiceLeg leg) {
            LocalDate day = leg.calledAt().toLocalDate();
            LocalDateTime end = leg.finishedAt().toLocalDate().equals(day) ? leg.finishedAt()
                    : day.atTime(LocalTime.MAX);
            int first = slotIndex(leg.calledAt().toLocalTime());
            int last = end.isAfter(leg.calledAt()) ? slotIndex(end.minusNanos(1).toLocalTime()) : first;
            for (int slot = first; slot <= last; slot++) {
                long key = (day.toEpochDay() * 48 + slot) * 1000 + leg.counter();
                if (counterSlotsSeen.add(key)) {
                    openCounters.merge(slotName(slot), 1L, Long::sum);
                }
            }
        }

        private static int slotIndex(LocalTime time) {
            return time.getHour() * 2 + (time.getMinute() < 30 ? 0 : 1);
        }

        private static String slotName(int slot) {
            return String.format("%02d:%02d", slot / 2, slot % 2 == 0 ? 0 : 30);
        }

        public Builder add(RatingRecord rating) {
            if (!inPeriod(rating.at())) {
                return this;
            }
            boolean counted = targets.counts(rating);
            Function<GroupKey, SatisfactionFigures.Tally> tally =
                    key -> satisfaction.computeIfAbsent(key, k -> new SatisfactionFigures.Tally());
            tally.apply(GroupKey.TOTAL).add(rating, counted);
            tally.apply(GroupKey.counter(rating.counter())).add(rating, counted);
            rating.clerk().ifPresent(clerk -> tally.apply(GroupKey.clerk(clerk)).add(rating, counted));
            tally.apply(GroupKey.hour(rating.at())).add(rating, counted);
            tally.apply(GroupKey.day(rating.at().toLocalDate())).add(rating, counted);
            return this;
        }

        public Builder add(DossierRecord dossier) {
            if (inPeriod(dossier.receivedAt())) {
                dossierGroups(dossier, dossier.receivedAt()).forEach(t -> t.addReceived(dossier));
            }
            dossier.refusedAt().filter(this::inPeriod)
                    .ifPresent(at -> dossierGroups(dossier, at).forEach(DossierFigures.Tally::addRefused));
            dossier.processedAt().filter(this::inPeriod).ifPresent(at -> {
                Timeliness timeliness = Timeliness.of(dossier, at);
                if (timeliness.isEnded()) {
                    dossierGroups(dossier, at).forEach(t -> t.addEnded(timeliness));
                }
            });
            dossier.returnedAt().filter(this::inPeriod)
                    .ifPresent(at -> dossierGroups(dossier, at).forEach(DossierFigures.Tally::addReturned));
            return this;
        }

        private List<DossierFigures.Tally> dossierGroups(DossierRecord dossier, LocalDateTime at) {
            Function<GroupKey, DossierFigures.Tally> tally =
                    key -> dossiers.computeIfAbsent(key, k -> new DossierFigures.Tally());
            var groups = new java.util.ArrayList<DossierFigures.Tally>(4);
            groups.add(tally.apply(GroupKey.TOTAL));
            groups.add(tally.apply(GroupKey.clerk(dossier.receivedBy())));
            groups.add(tally.apply(GroupKey.day(at.toLocalDate())));
            dossier.counter().ifPresent(counter -> groups.add(tally.apply(GroupKey.counter(counter))));
            return groups;
        }

        /** Adds figures already counted (a closed day kept by the store). */
        public Builder add(OfficeFigures figures) {
            figures.queue.forEach((key, value) -> queue(key).add(value));
            figures.satisfaction.forEach((key, value) ->
                    satisfaction.computeIfAbsent(key, k -> new SatisfactionFigures.Tally()).add(value));
            figures.dossiers.forEach((key, value) ->
                    dossiers.computeIfAbsent(key, k -> new DossierFigures.Tally()).add(value));
            figures.openCounters.forEach((slot, n) -> openCounters.merge(slot, n, Long::sum));
            return this;
        }

        public OfficeFigures build() {
            Map<GroupKey, QueueFigures> q = new HashMap<>();
            queue.forEach((key, tally) -> q.put(key, tally.figures()));
            Map<GroupKey, SatisfactionFigures> s = new HashMap<>();
            satisfaction.forEach((key, tally) -> s.put(key, tally.figures()));
            Map<GroupKey, DossierFigures> d = new HashMap<>();
            dossiers.forEach((key, tally) -> d.put(key, tally.figures()));
            return new OfficeFigures(q, s, d, openCounters);
        }
    }
}
