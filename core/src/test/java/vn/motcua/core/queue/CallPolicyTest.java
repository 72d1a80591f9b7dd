package vn.motcua.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.queue.QueueFixtures.at;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallPolicyTest {
    private final CallPolicy policy = new CallPolicy(new CallPolicy.PriorityRule.Interleave(3),
            CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST, Optional.empty(), 3, Duration.ofSeconds(30));
    private final LocalDateTime first = at(9, 0);

    @Test
    void aRecallNeedsTheMinimumGap() {
        Ticket.Call call = new Ticket.Call(1, 1, first, first);

        assertThat(policy.refuseRecall(call, first.plusSeconds(29))).contains(QueueRefusal.RECALL_TOO_SOON);
        assertThat(policy.refuseRecall(call, first.plusSeconds(30))).isEmpty();
    }

    @Test
    void theThirdAnnouncementIsTheLastThenTheTicketIsANoShowOnceTheGapHasPassed() {
        Ticket.Call twice = new Ticket.Call(1, 2, first, first.plusSeconds(30));
        Ticket.Call thrice = new Ticket.Call(1, 3, first, first.plusSeconds(60));

        assertThat(policy.refuseRecall(twice, first.plusSeconds(60))).isEmpty();
        assertThat(policy.refuseRecall(thrice, first.plusSeconds(600))).contains(QueueRefusal.RECALL_LIMIT_REACHED);
        assertThat(policy.isNoShow(twice, first.plusSeconds(600))).isFalse();
        assertThat(policy.isNoShow(thrice, first.plusSeconds(89))).isFalse();
        assertThat(policy.isNoShow(thrice, first.plusSeconds(90))).isTrue();
    }

    @Test
    void theStandardPolicyMatchesCommonPractice() {
        CallPolicy standard = CallPolicy.standard();

        assertThat(standard.priorityRule()).isEqualTo(new CallPolicy.PriorityRule.Interleave(3));
        assertThat(standard.maxCalls()).isEqualTo(3);
        assertThat(standard.minRecallGap()).isPositive();
    }
}
