package vn.motcua.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.queue.QueueFixtures.A;
import static vn.motcua.core.queue.QueueFixtures.at;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DailyCloseTest {
    private final Ticket waiting = QueueFixtures.waiting(1, A, PriorityGroup.NORMAL, at(9, 0));
    private final QueueService closing = QueueFixtures.service(A, OptionalInt.empty());
    private final QueueService keeping = new QueueService(A, "A", "A", closing.windows(), OptionalInt.empty(), true,
            Duration.ofMinutes(5));

    private Ticket in(TicketStatus status) {
        Ticket called = waiting.calledBy(2, at(9, 5));
        return status == TicketStatus.WAITING || status == TicketStatus.PRINTING
                ? waiting.withStatus(status, Optional.empty()) : called.withStatus(status, Optional.empty());
    }

    @Test
    void everyUnfinishedTicketGetsAnOutcome() {
        assertThat(DailyClose.outcome(in(TicketStatus.WAITING), Optional.of(closing))).contains(CloseOutcome.NOT_CALLED);
        assertThat(DailyClose.outcome(in(TicketStatus.PRINTING), Optional.of(closing)))
                .contains(CloseOutcome.NOT_PRINTED);
        assertThat(DailyClose.outcome(in(TicketStatus.CALLED), Optional.of(closing)))
                .contains(CloseOutcome.NOT_ARRIVED);
        assertThat(DailyClose.outcome(in(TicketStatus.NO_SHOW), Optional.of(closing)))
                .contains(CloseOutcome.NOT_ARRIVED);
        assertThat(DailyClose.outcome(in(TicketStatus.PARKED), Optional.of(closing)))
                .contains(CloseOutcome.LEFT_PARKED);
        assertThat(DailyClose.outcome(in(TicketStatus.SERVING), Optional.of(closing)))
                .contains(CloseOutcome.FINISH_NOT_RECORDED);
        assertThat(DailyClose.outcome(in(TicketStatus.FINISHED), Optional.of(closing))).isEmpty();
    }

    @Test
    void aServiceKeepingTicketsOvernightKeepsTheWaitingAndParkedOnesOnly() {
        assertThat(DailyClose.outcome(in(TicketStatus.WAITING), Optional.of(keeping))).isEmpty();
        assertThat(DailyClose.outcome(in(TicketStatus.PARKED), Optional.of(keeping))).isEmpty();
        assertThat(DailyClose.outcome(in(TicketStatus.SERVING), Optional.of(keeping)))
                .contains(CloseOutcome.FINISH_NOT_RECORDED);
        assertThat(DailyClose.outcome(in(TicketStatus.WAITING), Optional.empty()))
                .as("a service no longer configured keeps nothing").contains(CloseOutcome.NOT_CALLED);
    }
}
