package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How call-next chooses and how often a ticket may be announced. Office-wide configuration data.
 *
 * @param overdueAfter  when set, a lane whose first ticket has waited longer is called before anything
 *                      but tickets sent to the front, whatever the priority rule and service order say
 * @param maxCalls      announcements of one call, the first included (DOMAIN §6: at most 3)
 * @param minRecallGap  least time between two announcements of the same call
 */
public record CallPolicy(PriorityRule priorityRule, ServiceOrder serviceOrder, Optional<Duration> overdueAfter,
        int maxCalls, Duration minRecallGap) {

    /** Between the two priority groups. */
    public sealed interface PriorityRule {
        /** A waiting priority ticket is always called before any normal one. */
        record Strict() implements PriorityRule {
        }

        /** One priority ticket after every {@code normalsPerPriority} normal ones, while both are waiting. */
        record Interleave(int normalsPerPriority) implements PriorityRule {
            public Interleave {
                if (normalsPerPriority < 1) {
                    throw new IllegalArgumentException("normalsPerPriority >= 1");
                }
            }
        }
    }

    /** Between the services a counter serves, within the chosen priority group. */
    public enum ServiceOrder {
        /** The ticket that has waited longest, whichever service. */
        LONGEST_WAIT_FIRST,
        /** The counter's first service while it has tickets, then its second… */
        COUNTER_ORDER
    }

    public CallPolicy {
        Objects.requireNonNull(priorityRule, "priorityRule");
        Objects.requireNonNull(serviceOrder, "serviceOrder");
        Objects.requireNonNull(overdueAfter, "overdueAfter");
        Objects.requireNonNull(minRecallGap, "minRecallGap");
        if (maxCalls < 1 || minRecallGap.isNegative() || overdueAfter.filter(d -> !d.isPositive()).isPresent()) {
            throw new IllegalArgumentException("maxCalls >= 1, minRecallGap >= 0, overdueAfter > 0");
        }
    }

    /** One priority after every 3 normal, longest wait first, 3 announcements at least 20 s apart. */
    public static CallPolicy standard() {
        return new CallPolicy(new PriorityRule.Interleave(3), ServiceOrder.LONGEST_WAIT_FIRST, Optional.empty(), 3,
                Duration.ofSeconds(20));
    }

    /** Why the current call may not be announced again now, if it may not. */
    public Optional<QueueRefusal> refuseRecall(Ticket.Call call, LocalDateTime now) {
        if (call.calls() >= maxCalls) {
            return Optional.of(QueueRefusal.RECALL_LIMIT_REACHED);
        }
        if (now.isBefore(call.lastCalledAt().plus(minRecallGap))) {
            return Optional.of(QueueRefusal.RECALL_TOO_SOON);
        }
        return Optional.empty();
    }

    /** Announced {@link #maxCalls} times and the last announcement had its full gap: the citizen is not coming. */
    public boolean isNoShow(Ticket.Call call, LocalDateTime now) {
        return call.calls() >= maxCalls && !now.isBefore(call.lastCalledAt().plus(minRecallGap));
    }
}
