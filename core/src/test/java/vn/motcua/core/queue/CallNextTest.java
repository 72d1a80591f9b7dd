package vn.motcua.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.queue.QueueFixtures.A;
import static vn.motcua.core.queue.QueueFixtures.B;
import static vn.motcua.core.queue.QueueFixtures.C;
import static vn.motcua.core.queue.QueueFixtures.at;
import static vn.motcua.core.queue.QueueFixtures.waiting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CallNextTest {
    private static final Counter COUNTER = new Counter(1, "Quầy 1", List.of(A, B));
    private static final LocalDateTime NOW = at(10, 0);

    private static CallPolicy policy(CallPolicy.PriorityRule rule, CallPolicy.ServiceOrder order,
            Optional<Duration> overdue) {
        return new CallPolicy(rule, order, overdue, 3, Duration.ofSeconds(20));
    }

    /** Calls until nothing is left, like a store would: heads recomputed from what still waits. */
    private static List<Ticket> callAll(CallPolicy policy, Counter counter, List<Ticket> waiting) {
        List<Ticket> left = new ArrayList<>(waiting);
        List<Ticket> called = new ArrayList<>();
        int normals = 0;
        while (true) {
            Optional<CallNext.Choice> choice = new CallNext(policy).choose(counter, normals, heads(counter, left), NOW);
            if (choice.isEmpty()) {
                return called;
            }
            called.add(choice.get().ticket());
            left.remove(choice.get().ticket());
            normals = choice.get().normalsSincePriority();
        }
    }

    /** What the store's heads query returns: the first of each lane the counter may call. */
    private static List<Ticket> heads(Counter counter, List<Ticket> waiting) {
        return waiting.stream()
                .filter(t -> t.place().reservedFor().isPresent()
                        ? t.place().reservedFor().getAsInt() == counter.number() : counter.serves(t.service()))
                .collect(Collectors.groupingBy(t -> t.service().value() + t.priority().group()
                        + t.place().reservedFor()))
                .values().stream()
                .map(lane -> lane.stream().min(Ticket.QUEUE_ORDER).orElseThrow())
                .sorted(Comparator.comparing(t -> t.id().value()))
                .toList();
    }

    private static String groups(List<Ticket> called) {
        return called.stream().map(t -> t.priority().isPriority() ? "P" : "N").collect(Collectors.joining());
    }

    private static List<Ticket> sixNormalsThenThreePriority() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            tickets.add(waiting(i, A, PriorityGroup.NORMAL, at(8, i)));
        }
        for (int i = 7; i <= 9; i++) {
            tickets.add(waiting(i, A, PriorityGroup.PRIORITY, at(9, i)));
        }
        return tickets;
    }

    @Test
    void interleaveCallsOnePriorityAfterEveryThreeNormalsThenWhateverIsLeft() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Interleave(3),
                CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST, Optional.empty());

        List<Ticket> called = callAll(policy, COUNTER, sixNormalsThenThreePriority());

        assertThat(groups(called)).isEqualTo("NNNPNNNPP");
        assertThat(called).extracting(t -> t.id().value()).containsExactly(1L, 2L, 3L, 7L, 4L, 5L, 6L, 8L, 9L);
    }

    @Test
    void interleaveCountSurvivesBetweenCallsAndAPriorityIsCalledAtOnceWhenDue() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Interleave(2),
                CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST, Optional.empty());
        List<Ticket> heads = List.of(waiting(1, A, PriorityGroup.NORMAL, at(8, 0)),
                waiting(2, A, PriorityGroup.PRIORITY, at(9, 0)));

        CallNext.Choice afterOne = new CallNext(policy).choose(COUNTER, 1, heads, NOW).orElseThrow();
        CallNext.Choice afterTwo = new CallNext(policy).choose(COUNTER, 2, heads, NOW).orElseThrow();

        assertThat(afterOne.ticket().id().value()).isEqualTo(1);
        assertThat(afterOne.normalsSincePriority()).isEqualTo(2);
        assertThat(afterTwo.ticket().id().value()).isEqualTo(2);
        assertThat(afterTwo.normalsSincePriority()).isZero();
    }

    @Test
    void strictPriorityEmptiesThePriorityLaneFirst() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST,
                Optional.empty());

        assertThat(groups(callAll(policy, COUNTER, sixNormalsThenThreePriority()))).isEqualTo("PPPNNNNNN");
    }

    @Test
    void longestWaitFirstComparesTheCountersServices() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST,
                Optional.empty());
        List<Ticket> waiting = List.of(waiting(1, A, PriorityGroup.NORMAL, at(8, 10)),
                waiting(2, B, PriorityGroup.NORMAL, at(8, 5)), waiting(3, A, PriorityGroup.NORMAL, at(8, 20)),
                waiting(4, B, PriorityGroup.NORMAL, at(8, 15)), waiting(5, C, PriorityGroup.NORMAL, at(7, 0)));

        assertThat(callAll(policy, COUNTER, waiting)).extracting(t -> t.id().value())
                .containsExactly(2L, 1L, 4L, 3L)
                .as("service C is not served by this counter").doesNotContain(5L);
    }

    @Test
    void counterOrderEmptiesTheFirstServiceBeforeTheSecond() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.COUNTER_ORDER,
                Optional.empty());
        List<Ticket> waiting = List.of(waiting(1, B, PriorityGroup.NORMAL, at(8, 0)),
                waiting(2, A, PriorityGroup.NORMAL, at(8, 30)), waiting(3, A, PriorityGroup.NORMAL, at(8, 40)));

        assertThat(callAll(policy, COUNTER, waiting)).extracting(t -> t.id().value()).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aLaneWaitingOverTheLimitIsCalledFirstWhateverTheOtherRulesSay() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.COUNTER_ORDER,
                Optional.of(Duration.ofMinutes(45)));
        Ticket priorityA = waiting(1, A, PriorityGroup.PRIORITY, at(9, 50));
        Ticket oldB = waiting(2, B, PriorityGroup.NORMAL, at(9, 10)); // 50 min at 10:00
        Ticket youngerB = waiting(3, B, PriorityGroup.NORMAL, at(9, 20)); // 40 min

        assertThat(new CallNext(policy).choose(COUNTER, 0, List.of(priorityA, oldB), NOW).orElseThrow().ticket())
                .isEqualTo(oldB);
        assertThat(new CallNext(policy).choose(COUNTER, 0, List.of(priorityA, youngerB), NOW).orElseThrow().ticket())
                .as("40 minutes is under the limit: strict priority applies").isEqualTo(priorityA);
    }

    @Test
    void aTicketSentToTheFrontBeatsEverything() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST,
                Optional.of(Duration.ofMinutes(10)));
        Ticket front = QueueFixtures.atFront(waiting(1, B, PriorityGroup.NORMAL, at(8, 0)), at(9, 59));
        List<Ticket> heads = List.of(waiting(2, A, PriorityGroup.PRIORITY, at(7, 0)), front);

        assertThat(new CallNext(policy).choose(COUNTER, 0, heads, NOW).orElseThrow().ticket()).isEqualTo(front);
    }

    @Test
    void aTicketReservedForTheCounterCountsAsItsFirstServiceInCounterOrder() {
        CallPolicy policy = policy(new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.COUNTER_ORDER,
                Optional.empty());
        Ticket reserved = QueueFixtures.reservedFor(waiting(1, C, PriorityGroup.NORMAL, at(9, 0)), 1);
        List<Ticket> heads = List.of(waiting(2, A, PriorityGroup.NORMAL, at(8, 0)), reserved);

        assertThat(new CallNext(policy).choose(COUNTER, 0, heads, NOW).orElseThrow().ticket()).isEqualTo(reserved);
    }

    @Test
    void nothingWaitingChoosesNothing() {
        assertThat(new CallNext(CallPolicy.standard()).choose(COUNTER, 0, List.of(), NOW)).isEmpty();
    }
}
