package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.queue.TestOffice.A;
import static vn.motcua.store.queue.TestOffice.B;
import static vn.motcua.store.queue.TestOffice.C;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.queue.TransferTarget;

/** Counter actions through {@code CounterDesk} on a real store. */
public abstract class CounterDeskContract extends QueueStoreContract {
    private static final Duration GAP = Duration.ofSeconds(20);

    private TestOffice office;
    private CounterDesk one;
    private CounterDesk two;
    private CounterDesk three;

    @BeforeEach
    void open() {
        office = new TestOffice(openStore());
        one = office.desk.counter(1, "canbo.mot");
        two = office.desk.counter(2, "canbo.hai");
        three = office.desk.counter(3, "canbo.ba");
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Ticket issue(ServiceId service, int hour, int minute) {
        office.at(hour, minute);
        return office.desk.issue(service, PriorityGroup.NORMAL).orElseThrow();
    }

    private Ticket reload(Ticket ticket) {
        return office.desk.ticket(ticket.id()).orElseThrow();
    }

    private static String number(QueueResult<Ticket> result) {
        return result.orElseThrow().number().text();
    }

    @Test
    void recallsAreLimitedAndSpacedThenTheNoShowCanBeReturnedToTheQueue() {
        Ticket a1 = issue(A, 8, 0);
        office.at(9, 0);
        assertThat(number(one.callNext())).isEqualTo("A001");

        assertThat(one.recall().refusal()).contains(QueueRefusal.RECALL_TOO_SOON);
        office.clock.advance(GAP);
        assertThat(one.recall().orElseThrow().call().orElseThrow().calls()).isEqualTo(2);
        office.clock.advance(GAP);
        assertThat(one.recall().orElseThrow().call().orElseThrow().calls()).isEqualTo(3);
        office.clock.advance(GAP);
        assertThat(one.recall().refusal()).contains(QueueRefusal.RECALL_LIMIT_REACHED);

        assertThat(one.markNoShow().orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(office.desk.noShows()).extracting(Ticket::id).containsExactly(a1.id());
        assertThat(one.callNext().refusal()).contains(QueueRefusal.NOTHING_WAITING);
        assertThat(two.returnToQueue(a1.id(), QueuePosition.BY_ORIGINAL_TIME).orElseThrow().status())
                .isEqualTo(TicketStatus.WAITING);
        assertThat(two.returnToQueue(a1.id(), QueuePosition.END).refusal()).contains(QueueRefusal.NOT_A_NO_SHOW);
        assertThat(number(one.callNext())).isEqualTo("A001");

        List<TicketEvent> history = office.desk.history(a1.id());
        assertThat(history).extracting(TicketEvent::kind).containsExactly(TicketEventKind.ISSUED,
                TicketEventKind.CALLED, TicketEventKind.CALLED, TicketEventKind.CALLED, TicketEventKind.NO_SHOW,
                TicketEventKind.RETURNED, TicketEventKind.CALLED);
        assertThat(history.get(1).counter()).isEqualTo(OptionalInt.of(1));
        assertThat(history.get(1).clerk()).contains("canbo.mot");
        assertThat(history.get(5).clerk()).contains("canbo.hai");
        assertThat(history.get(3).at()).isEqualTo(TestOffice.DAY.atTime(9, 0, 40));
    }

    @Test
    void callNextTurnsAnExhaustedCallIntoANoShowButNotBefore() {
        Ticket a1 = issue(A, 8, 0);
        issue(A, 8, 1);
        office.at(9, 0);
        one.callNext();
        office.clock.advance(GAP);
        one.recall();
        office.clock.advance(GAP);
        one.recall();

        assertThat(one.callNext().refusal()).as("the third call still has its gap").contains(QueueRefusal.COUNTER_BUSY);
        office.clock.advance(GAP);
        assertThat(number(one.callNext())).isEqualTo("A002");
        assertThat(reload(a1).status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void aCounterCallsOneTicketAtATime() {
        issue(A, 8, 0);
        issue(A, 8, 1);
        office.at(9, 0);
        one.callNext();

        assertThat(one.callNext().refusal()).contains(QueueRefusal.COUNTER_BUSY);
        assertThat(one.startServing().orElseThrow().status()).isEqualTo(TicketStatus.SERVING);
        assertThat(one.startServing().refusal()).contains(QueueRefusal.ALREADY_SERVING);
        assertThat(one.recall().refusal()).contains(QueueRefusal.ALREADY_SERVING);
        assertThat(one.markNoShow().refusal()).contains(QueueRefusal.ALREADY_SERVING);
        assertThat(one.finish().orElseThrow().status()).isEqualTo(TicketStatus.FINISHED);
        assertThat(one.finish().refusal()).contains(QueueRefusal.NO_CURRENT_TICKET);
        assertThat(number(one.callNext())).isEqualTo("A002");
    }

    @Test
    void aParkedTicketFreesTheCounterAndOnlyThatCounterCallsItBack() {
        Ticket a1 = issue(A, 8, 0);
        issue(A, 8, 1);
        office.at(9, 0);
        one.callNext();

        assertThat(one.park(" ").refusal()).contains(QueueRefusal.REASON_REQUIRED);
        Ticket parked = one.park("Đi photo giấy tờ").orElseThrow();
        assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);
        assertThat(parked.reason()).contains("Đi photo giấy tờ");
        assertThat(one.parked()).extracting(Ticket::id).containsExactly(a1.id());

        assertThat(number(one.callNext())).isEqualTo("A002");
        assertThat(one.unpark(a1.id()).refusal()).contains(QueueRefusal.COUNTER_BUSY);
        one.finish();
        assertThat(two.unpark(a1.id()).refusal()).contains(QueueRefusal.NOT_PARKED_HERE);
        office.at(9, 30);
        Ticket back = one.unpark(a1.id()).orElseThrow();

        assertThat(back.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(back.call().orElseThrow().calledAt()).isEqualTo(TestOffice.DAY.atTime(9, 30));
        assertThat(one.parked()).isEmpty();
        assertThat(office.desk.history(a1.id())).extracting(TicketEvent::kind).containsSubsequence(
                TicketEventKind.PARKED, TicketEventKind.CALLED);
    }

    @ParameterizedTest
    @EnumSource(QueuePosition.class)
    void aTransferredTicketJoinsTheOtherServiceAtTheChosenPosition(QueuePosition position) {
        issue(B, 8, 0);
        Ticket a1 = issue(A, 8, 5);
        issue(B, 8, 10);
        office.at(9, 0);
        assertThat(one.callSpecific("A001").isDone()).isTrue();

        Ticket moved = one.transfer(new TransferTarget.ToService(B), position, false).orElseThrow();
        assertThat(moved.service()).isEqualTo(B);
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(one.state().orElseThrow().current()).isEmpty();

        List<String> order = List.of(number(two.callNext()), finishAndNext(two), finishAndNext(two));
        assertThat(order).containsExactlyElementsOf(switch (position) {
            case FRONT -> List.of("A001", "B001", "B002");
            case END -> List.of("B001", "B002", "A001");
            case BY_ORIGINAL_TIME -> List.of("B001", "A001", "B002");
        });
        assertThat(reload(a1).returnTo()).isEmpty();
    }

    private static String finishAndNext(CounterDesk counter) {
        counter.finish().orElseThrow();
        return number(counter.callNext());
    }

    @Test
    void aTicketSentToACounterIsCalledOnlyThereAndReturnsAtRaisedPriorityAfterwards() {
        Ticket a1 = issue(A, 8, 0);
        issue(A, 8, 30);
        office.at(9, 0);
        one.callNext();

        assertThat(one.transfer(new TransferTarget.ToService(A), QueuePosition.END, true).refusal())
                .contains(QueueRefusal.TRANSFER_TO_SAME);
        assertThat(one.transfer(new TransferTarget.ToCounter(9), QueuePosition.END, true).refusal())
                .contains(QueueRefusal.UNKNOWN_COUNTER);
        Ticket sent = one.transfer(new TransferTarget.ToCounter(3), QueuePosition.END, true).orElseThrow();
        assertThat(sent.place().reservedFor()).isEqualTo(OptionalInt.of(3));
        assertThat(sent.returnTo()).contains(A);

        assertThat(two.callNext().refusal()).as("counter 2 does not serve A, and A001 is reserved for counter 3")
                .contains(QueueRefusal.NOTHING_WAITING);
        assertThat(number(three.callNext())).isEqualTo("A001");
        office.at(9, 20);
        Ticket returned = three.finish().orElseThrow();

        assertThat(returned.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(returned.service()).isEqualTo(A);
        assertThat(returned.priority().group()).isEqualTo(PriorityGroup.PRIORITY);
        assertThat(returned.place().queuedAt()).isEqualTo(a1.issuedAt());
        assertThat(returned.place().reservedFor()).isEmpty();
        assertThat(returned.returnTo()).isEmpty();
        assertThat(office.desk.history(a1.id())).extracting(TicketEvent::kind).endsWith(TicketEventKind.TRANSFERRED,
                TicketEventKind.CALLED, TicketEventKind.FINISHED, TicketEventKind.RETURNED);
    }

    @Test
    void aSpecificTicketIsCalledByItsNumber() {
        issue(A, 8, 0);
        issue(A, 8, 1);
        issue(A, 8, 2);
        office.at(9, 0);

        assertThat(number(one.callSpecific(" a3 "))).isEqualTo("A003");
        one.finish();
        assertThat(one.callSpecific("A003").refusal()).contains(QueueRefusal.TICKET_NOT_WAITING);
        assertThat(one.callSpecific("A099").refusal()).contains(QueueRefusal.TICKET_NOT_FOUND);
        assertThat(one.callSpecific("ba mươi").refusal()).contains(QueueRefusal.TICKET_NOT_FOUND);
        assertThat(number(one.callNext())).isEqualTo("A001");
    }

    @Test
    void aWalkInIsServedAtOnceWithANumberAndIsNotCountedAgainstTheDailyLimit() {
        office.queue.replaceConfiguration(TestOffice.configuration(TestOffice.policy(
                new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST), OptionalInt.of(1)));
        one = office.desk.counter(1, "canbo.mot");
        office.at(12, 0); // outside the issuing windows: a walk-in is the clerk's decision

        Ticket walkIn = one.serveWalkIn(A).orElseThrow();

        assertThat(walkIn.walkIn()).isTrue();
        assertThat(walkIn.status()).isEqualTo(TicketStatus.SERVING);
        assertThat(walkIn.number().text()).isEqualTo("A001");
        assertThat(walkIn.quote()).isEmpty();
        assertThat(one.serveWalkIn(A).refusal()).contains(QueueRefusal.COUNTER_BUSY);
        assertThat(office.desk.history(walkIn.id())).extracting(TicketEvent::kind)
                .containsExactly(TicketEventKind.ISSUED, TicketEventKind.SERVING);
        office.at(12, 7);
        assertThat(one.finish().orElseThrow().status()).isEqualTo(TicketStatus.FINISHED);
        assertThat(one.serveWalkIn(new ServiceId("X")).refusal()).contains(QueueRefusal.UNKNOWN_SERVICE);
        office.at(13, 30);
        assertThat(office.desk.issue(A, PriorityGroup.NORMAL).orElseThrow().number().text()).isEqualTo("A002");
        assertThat(office.desk.issue(A, PriorityGroup.NORMAL).refusal()).contains(QueueRefusal.DAILY_LIMIT_REACHED);
    }

    @Test
    void aPausedCounterCallsNothingUntilResumed() {
        issue(A, 8, 0);
        office.at(9, 0);

        assertThat(one.pause().orElseThrow().paused()).isTrue();
        assertThat(one.callNext().refusal()).contains(QueueRefusal.COUNTER_PAUSED);
        assertThat(one.callSpecific("A001").refusal()).contains(QueueRefusal.COUNTER_PAUSED);
        assertThat(one.state().orElseThrow().paused()).isTrue();
        assertThat(office.desk.counter(7, "x").pause().refusal()).contains(QueueRefusal.UNKNOWN_COUNTER);

        assertThat(one.resume().orElseThrow().paused()).isFalse();
        assertThat(number(one.callNext())).isEqualTo("A001");
    }

    @Test
    void theInterleavingCountIsKeptInTheStoreBetweenCalls() {
        for (int i = 0; i < 5; i++) {
            issue(A, 8, i);
        }
        office.at(8, 10);
        office.desk.issue(A, PriorityGroup.PRIORITY).orElseThrow();
        office.at(9, 0);

        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            order.append(number(one.callNext())).append(' ');
            one.finish();
        }

        assertThat(order.toString().strip()).isEqualTo("A001 A002 A003 A006 A004 A005");
    }
}
