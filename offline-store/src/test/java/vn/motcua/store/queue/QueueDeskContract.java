package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.queue.TestOffice.A;
import static vn.motcua.store.queue.TestOffice.B;
import static vn.motcua.store.queue.TestOffice.C;
import static vn.motcua.store.queue.TestOffice.DAY;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.CallRecord;
import vn.motcua.core.queue.CloseOutcome;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.CounterNow;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueEvent;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QuoteCheck;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.queue.WaitQuote;
import vn.motcua.core.queue.WaitingTicket;

/** Issuing, wait quotes, the daily close, listeners and the board's queries on a real store. */
public abstract class QueueDeskContract extends QueueStoreContract {
    private TestOffice office;

    @BeforeEach
    void open() {
        office = new TestOffice(openStore(), TestOffice.policy(new CallPolicy.PriorityRule.Interleave(3),
                CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST), OptionalInt.of(2));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Ticket issue(ServiceId service) {
        return office.desk.issue(service, PriorityGroup.NORMAL).orElseThrow();
    }

    @Test
    void ticketsAreRefusedOnDaysOffOutsideTheWindowsAndPastTheLimitWithNothingStored() {
        office.at(LocalDate.of(2025, 11, 8).atTime(9, 0)); // Saturday
        assertThat(office.desk.issue(A, PriorityGroup.NORMAL).refusal()).contains(QueueRefusal.NOT_A_WORKING_DAY);
        office.at(6, 45);
        assertThat(office.desk.issue(A, PriorityGroup.NORMAL).refusal()).contains(QueueRefusal.OUTSIDE_ISSUING_HOURS);
        office.at(11, 15);
        assertThat(office.desk.issue(A, PriorityGroup.NORMAL).refusal()).contains(QueueRefusal.OUTSIDE_ISSUING_HOURS);
        assertThat(office.desk.issue(new ServiceId("X"), PriorityGroup.NORMAL).refusal())
                .contains(QueueRefusal.UNKNOWN_SERVICE);

        office.at(9, 0);
        assertThat(issue(A).number().text()).as("refusals used no number").isEqualTo("A001");
        assertThat(issue(A).number().text()).isEqualTo("A002");
        assertThat(office.desk.issue(A, PriorityGroup.PRIORITY).refusal()).contains(QueueRefusal.DAILY_LIMIT_REACHED);
        assertThat(issue(B).number().text()).as("the limit is per service").isEqualTo("B001");
        office.at(LocalDate.of(2025, 11, 6).atTime(9, 0));
        assertThat(issue(A).number().text()).as("numbers and limits restart every day").isEqualTo("A001");
    }

    @Test
    void theQuotedRangeUsesMeasuredServiceTimesAndOpenCountersAndIsKeptForReporting() {
        CounterDesk one = office.desk.counter(1, "canbo.mot");
        for (int i = 0; i < 5; i++) {
            office.at(8, 0);
            issue(B);
            one.callNext().orElseThrow();
            office.clock.advance(Duration.ofMinutes(6 + i)); // 6..10 min: q1 = 7, q3 = 9
            one.finish().orElseThrow();
        }
        office.at(9, 0);
        issue(B);
        issue(B);
        issue(B);
        office.desk.counter(2, "canbo.hai").pause();

        Ticket ticket = issue(B);

        // B is served by counters 1 and 2; 2 is paused. 3 ahead: 3 × 7 = 21 → 20; 4 × 9 = 36 → 40
        WaitQuote expected = new WaitQuote(3, Duration.ofMinutes(20), Duration.ofMinutes(40));
        assertThat(ticket.quote()).contains(expected);
        assertThat(office.desk.ticket(ticket.id()).orElseThrow().quote()).contains(expected);
        office.at(9, 30);
        one.callSpecific(ticket.number().text()).orElseThrow();
        QuoteCheck check = office.desk.quoteChecks(DAY).stream().filter(c -> c.ticket().equals(ticket.id()))
                .findFirst().orElseThrow();
        assertThat(check.quote()).isEqualTo(expected);
        assertThat(check.actualWait()).contains(Duration.ofMinutes(30));
        assertThat(check.withinQuote()).contains(true);
        assertThat(office.desk.quoteChecks(DAY)).hasSize(9);
    }

    @Test
    void aPriorityTicketIsQuotedBehindPriorityTicketsOnly() {
        office.at(9, 0);
        issue(B);
        issue(B);
        office.desk.issue(B, PriorityGroup.PRIORITY).orElseThrow();

        assertThat(office.desk.issue(B, PriorityGroup.PRIORITY).orElseThrow().quote().orElseThrow().peopleAhead())
                .isEqualTo(1);
        assertThat(issue(B).quote().orElseThrow().peopleAhead()).isEqualTo(4);
    }

    @Test
    void theDailyCloseClosesUnfinishedTicketsWithAnOutcomeAndKeepsWhatTheServiceKeepsOvernight() {
        office.at(9, 0);
        Ticket a1 = issue(A);
        Ticket a2 = issue(A);
        Ticket c1 = issue(C);
        Ticket c2 = issue(C);
        Ticket b1 = issue(B);
        office.desk.counter(1, "canbo.mot").callSpecific("A002").orElseThrow();
        office.desk.counter(3, "canbo.ba").callSpecific("C002").orElseThrow();
        office.desk.counter(3, "canbo.ba").startServing().orElseThrow();
        office.desk.counter(2, "canbo.hai").callSpecific("B001").orElseThrow();
        office.desk.counter(2, "canbo.hai").finish().orElseThrow();
        List<QueueEvent> events = new CopyOnWriteArrayList<>();
        office.desk.addListener(events::add);
        office.at(17, 30);

        assertThat(office.desk.closeDay(DAY)).isEqualTo(3);

        assertThat(status(a1)).isEqualTo(TicketStatus.CLOSED);
        assertThat(office.desk.ticket(a1.id()).orElseThrow().reason()).contains(CloseOutcome.NOT_CALLED.messageKey());
        assertThat(office.desk.ticket(a2.id()).orElseThrow().reason())
                .contains(CloseOutcome.NOT_ARRIVED.messageKey());
        assertThat(office.desk.ticket(c2.id()).orElseThrow().reason())
                .contains(CloseOutcome.FINISH_NOT_RECORDED.messageKey());
        assertThat(status(c1)).as("service C keeps waiting tickets overnight").isEqualTo(TicketStatus.WAITING);
        assertThat(status(b1)).isEqualTo(TicketStatus.FINISHED);
        assertThat(office.desk.history(a1.id())).extracting(e -> e.kind()).endsWith(TicketEventKind.CLOSED);
        assertThat(events).containsExactly(new QueueEvent.DayClosed(DAY, 3, DAY.atTime(17, 30)));
        assertThat(office.desk.counters()).allSatisfy(counter -> assertThat(counter.current()).isEmpty());

        office.at(DAY.plusDays(1).atTime(8, 0));
        assertThat(office.desk.closeDay(DAY)).as("closing again changes nothing").isZero();
        assertThat(issue(C).number().text()).isEqualTo("C001");
        assertThat(office.desk.counter(3, "canbo.ba").callNext().orElseThrow().id())
                .as("yesterday's kept ticket comes first").isEqualTo(c1.id());
    }

    private TicketStatus status(Ticket ticket) {
        return office.desk.ticket(ticket.id()).orElseThrow().status();
    }

    @Test
    void listenersHearEveryStoredChangeAndAFailingListenerHarmsNothing() {
        List<QueueEvent> heard = new ArrayList<>();
        List<Throwable> uncaught = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try {
            office.desk.addListener(event -> {
                throw new IllegalStateException("a broken screen");
            });
            office.desk.addListener(heard::add);
            office.at(9, 0);
            Ticket a1 = issue(A);
            office.desk.counter(1, "canbo.mot").callNext().orElseThrow();
            office.desk.counter(1, "canbo.mot").callNext(); // refused: nothing is sent
            office.desk.counter(1, "canbo.mot").pause();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }

        assertThat(heard).hasSize(3);
        assertThat(heard.get(0)).isInstanceOfSatisfying(QueueEvent.TicketChanged.class, e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.ISSUED);
            assertThat(e.ticket().status()).isEqualTo(TicketStatus.WAITING);
        });
        assertThat(heard.get(1)).isInstanceOfSatisfying(QueueEvent.TicketChanged.class, e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.CALLED);
            assertThat(e.counter()).isEqualTo(OptionalInt.of(1));
            assertThat(e.ticket().number().text()).isEqualTo("A001");
        });
        assertThat(heard.get(2)).isEqualTo(new QueueEvent.CounterChanged(1, true, DAY.atTime(9, 0)));
        assertThat(uncaught).hasSize(3).allMatch(e -> e.getMessage().equals("a broken screen"));
    }

    @Test
    void aBoardRebuildsItsStateFromTheStore() {
        office.at(8, 0);
        issue(A);
        issue(B);
        issue(C);
        office.at(8, 30);
        issue(B);
        office.at(9, 0);
        office.desk.counter(1, "canbo.mot").callNext().orElseThrow();
        office.at(9, 1);
        office.desk.counter(2, "canbo.hai").callNext().orElseThrow();
        office.at(9, 2);
        office.desk.counter(2, "canbo.hai").finish();
        office.desk.counter(2, "canbo.hai").callNext().orElseThrow();
        office.desk.counter(3, "canbo.ba").pause();

        assertThat(office.desk.lastCalls(2)).extracting(CallRecord::counter, c -> c.number().text(), CallRecord::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "C001", DAY.atTime(9, 2)),
                        org.assertj.core.groups.Tuple.tuple(2, "B001", DAY.atTime(9, 1)));
        List<CounterNow> counters = office.desk.counters();
        assertThat(counters).extracting(CounterNow::counter).containsExactly(1, 2, 3);
        assertThat(counters.get(0).current().orElseThrow().number().text()).isEqualTo("A001");
        assertThat(counters.get(1).current().orElseThrow().number().text()).isEqualTo("C001");
        assertThat(counters.get(2).current()).isEmpty();
        assertThat(counters.get(2).paused()).isTrue();
        List<WaitingTicket> waiting = office.desk.waitingFor(1);
        assertThat(waiting).extracting(w -> w.ticket().number().text()).containsExactly("B002");
        assertThat(waiting.getFirst().waited()).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theConfigurationIsStoredAsDataAndReadsBackEqual() {
        QueueConfiguration configuration = TestOffice.configuration(new CallPolicy(
                new CallPolicy.PriorityRule.Strict(), CallPolicy.ServiceOrder.COUNTER_ORDER,
                java.util.Optional.of(Duration.ofMinutes(40)), 2, Duration.ofSeconds(45)), OptionalInt.of(150));

        office.queue.replaceConfiguration(configuration);

        assertThat(office.queue.configuration()).isEqualTo(configuration);
        assertThat(office.queue.saveConfigurationIfEmpty(QueueConfiguration.unconfigured())).isFalse();
        assertThat(office.queue.configuration()).isEqualTo(configuration);
    }

    @Test
    void theEventLogIsReadOnFromACursorInTheOrderTheChangesWereMade() {
        office.at(8, 0);
        Ticket a1 = issue(A);
        Ticket b1 = issue(B);
        office.at(9, 0);
        CounterDesk one = office.desk.counter(1, "canbo.mot");
        one.callNext().orElseThrow();
        office.at(9, 5);
        one.finish().orElseThrow();
        one.callNext().orElseThrow();

        List<vn.motcua.core.queue.LoggedEvent> all = office.queue.eventsAfter(0, 100);

        assertThat(all).extracting(e -> e.number().text() + " " + e.event().kind())
                .containsExactly("A001 ISSUED", "B001 ISSUED", "A001 CALLED", "A001 FINISHED", "B001 CALLED");
        assertThat(all).extracting(vn.motcua.core.queue.LoggedEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(2).event().counter()).hasValue(1);
        assertThat(all.get(2).event().at()).isEqualTo(DAY.atTime(9, 0));
        assertThat(all.get(4).event().ticket()).isEqualTo(b1.id());
        assertThat(all.get(0).event().ticket()).isEqualTo(a1.id());
        long cursor = all.get(1).id();
        assertThat(office.queue.eventsAfter(cursor, 2)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(office.queue.eventsAfter(all.getLast().id(), 10)).isEmpty();
    }
}
