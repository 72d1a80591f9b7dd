package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the ticket a counter calls next from the first ticket of each queue lane it may call
 * ({@link QueueTransaction#heads}). In order:
 * <ol>
 *   <li>a ticket sent to the front by a transfer (the clerk decided, so no rule overrides it);</li>
 *   <li>with {@link CallPolicy#overdueAfter()}, the longest-waiting ticket among lanes waiting longer than that;</li>
 *   <li>the priority group the {@link CallPolicy.PriorityRule} says is due, then within it the
 *       {@link CallPolicy.ServiceOrder}. A ticket reserved for this counter counts as its first service.</li>
 * </ol>
 * Pure: no store, no clock; the store runs it inside the write transaction that marks the ticket called.
 */
public final class CallNext {

    /** The chosen ticket and the counter's interleaving count after calling it. */
    public record Choice(Ticket ticket, int normalsSincePriority) {
    }

    private final CallPolicy policy;

    public CallNext(CallPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Optional<Choice> choose(Counter counter, int normalsSincePriority, List<Ticket> heads, LocalDateTime now) {
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Ticket chosen = firstAtFront(heads)
                .or(() -> longestOverdue(heads, now))
                .orElseGet(() -> byPriorityRule(counter, normalsSincePriority, heads));
        int normals = chosen.priority().isPriority() ? 0 : Math.min(normalsSincePriority + 1, 1_000_000);
        return Optional.of(new Choice(chosen, normals));
    }

    private static Optional<Ticket> firstAtFront(List<Ticket> heads) {
        return heads.stream().filter(ticket -> ticket.place().atFront()).min(Ticket.QUEUE_ORDER);
    }

    private Optional<Ticket> longestOverdue(List<Ticket> heads, LocalDateTime now) {
        return policy.overdueAfter().flatMap(limit -> heads.stream()
                .filter(ticket -> Duration.between(ticket.place().queuedAt(), now).compareTo(limit) > 0)
                .min(Ticket.QUEUE_ORDER));
    }

    private Ticket byPriorityRule(Counter counter, int normalsSincePriority, List<Ticket> heads) {
        PriorityGroup due = dueGroup(normalsSincePriority, has(heads, PriorityGroup.PRIORITY),
                has(heads, PriorityGroup.NORMAL));
        return heads.stream()
                .filter(ticket -> ticket.priority().group() == due)
                .min(serviceOrder(counter))
                .orElseThrow();
    }

    PriorityGroup dueGroup(int normalsSincePriority, boolean priorityWaiting, boolean normalWaiting) {
        if (!priorityWaiting || !normalWaiting) {
            return priorityWaiting ? PriorityGroup.PRIORITY : PriorityGroup.NORMAL;
        }
        return switch (policy.priorityRule()) {
            case CallPolicy.PriorityRule.Strict strict -> PriorityGroup.PRIORITY;
            case CallPolicy.PriorityRule.Interleave interleave ->
                    normalsSincePriority >= interleave.normalsPerPriority() ? PriorityGroup.PRIORITY
                            : PriorityGroup.NORMAL;
        };
    }

    private Comparator<Ticket> serviceOrder(Counter counter) {
        return switch (policy.serviceOrder()) {
            case LONGEST_WAIT_FIRST -> Ticket.QUEUE_ORDER;
            case COUNTER_ORDER -> Comparator.comparingInt((Ticket ticket) -> rank(counter, ticket))
                    .thenComparing(Ticket.QUEUE_ORDER);
        };
    }

    private static int rank(Counter counter, Ticket ticket) {
        return ticket.place().reservedFor().isPresent() ? -1 : counter.rank(ticket.service());
    }

    private static boolean has(List<Ticket> heads, PriorityGroup group) {
        return heads.stream().anyMatch(ticket -> ticket.priority().group() == group);
    }
}
