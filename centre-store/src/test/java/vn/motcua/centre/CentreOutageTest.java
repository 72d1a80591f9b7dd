package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.Kiosk;
import vn.motcua.core.queue.KioskIssue;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrintedTicket;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketPrinter;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.store.queue.MutableClock;

/**
 * The centre's server dies while ten counters are calling (stopped like a power cut, then started again): the
 * counters say the queue is unavailable, the kiosk refuses to print, and once the server is back everything goes
 * on. No ticket is lost or called twice, everything committed before the loss is still there, and the board's feed
 * catches up with every call in order.
 */
class CentreOutageTest {
    private static final int COUNTERS = 10;
    private static final int CALLS = 300;
    private static final int TICKETS = COUNTERS * CALLS;

    private PostgresCluster cluster;
    private String database;
    private PostgresQueueStore store;

    @BeforeEach
    void open() {
        cluster = PostgresCluster.start();
        database = cluster.freshDatabase();
        store = PostgresQueueStore.open(cluster.deskSettings(database).withPoolSize(COUNTERS + 2));
        store.replaceConfiguration(CentreOffice.configuration(COUNTERS));
        CentreOffice.waitingTickets(cluster, database, TICKETS);
    }

    @AfterEach
    void close() {
        store.close();
        cluster.close();
    }

    /** Prints what it is given; the printer itself never fails here. */
    private static final class CountingPrinter implements TicketPrinter {
        final List<PrintedTicket> printed = new CopyOnWriteArrayList<>();

        @Override
        public PrinterStatus status() {
            return PrinterStatus.READY;
        }

        @Override
        public PrintOutcome print(PrintedTicket ticket) {
            printed.add(ticket);
            return PrintOutcome.printed(PrinterStatus.READY);
        }
    }

    @Test
    void countersRecoverFromAServerCrashWithNoTicketLostOrCalledTwice() throws Exception {
        MutableClock clock = new MutableClock(CentreOffice.DAY.atTime(9, 0));
        QueueDesk desk = new QueueDesk(store, WorkCalendar.vietnam(), clock);
        CountingPrinter printer = new CountingPrinter();
        Kiosk kiosk = new Kiosk(desk, printer);
        List<LoggedEvent> boardHeard = new CopyOnWriteArrayList<>();
        List<Boolean> boardConnection = new CopyOnWriteArrayList<>();
        List<CallingCounter> counters = new ArrayList<>();
        for (int c = 1; c <= COUNTERS; c++) {
            counters.add(new CallingCounter(desk.counter(c, "canbo." + c), store::reachable));
        }
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        try (QueueEventFeed board = QueueEventFeed.start(cluster.deskSettings(database), 0,
                new QueueEventFeed.Subscriber() {
                    @Override
                    public void onEvents(List<LoggedEvent> events) {
                        boardHeard.addAll(events);
                    }

                    @Override
                    public void onConnection(boolean connected) {
                        boardConnection.add(connected);
                    }
                })) {
            List<Future<?>> running = new ArrayList<>();
            counters.forEach(counter -> running.add(pool.submit(() -> counter.call(CALLS))));
            await(() -> counters.stream().mapToInt(counter -> counter.called.size()).sum() >= TICKETS / 3);

            cluster.stopAbruptly();
            List<LoggedEvent> beforeLoss = boardHeardAll(boardHeard);
            assertThatThrownBy(() -> store.lastCalls(1)).isInstanceOf(QueueUnavailableException.class);
            KioskIssue refused = kiosk.issue(CentreOffice.SERVICES.getFirst(), PriorityGroup.NORMAL);
            assertThat(refused).isEqualTo(new KioskIssue.NotIssued(QueueRefusal.QUEUE_UNAVAILABLE,
                    PrinterStatus.READY, ""));
            assertThat(printer.printed).isEmpty();
            await(() -> counters.stream().allMatch(counter -> counter.outages > 0));

            cluster.startAgain();
            for (Future<?> counter : running) {
                counter.get(300, TimeUnit.SECONDS);
            }

            List<TicketId> called = new ArrayList<>();
            counters.forEach(counter -> called.addAll(counter.called));
            assertThat(called).doesNotHaveDuplicates();
            Set<TicketId> stored = new HashSet<>();
            store.tickets(CentreOffice.DAY, TicketStatus.NO_SHOW).forEach(ticket -> stored.add(ticket.id()));
            store.tickets(CentreOffice.DAY, TicketStatus.CALLED).forEach(ticket -> stored.add(ticket.id()));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(called);
            List<LoggedEvent> log = all();
            List<LoggedEvent> calls = log.stream().filter(e -> e.event().kind() == TicketEventKind.CALLED).toList();
            assertThat(calls).hasSize(called.size());
            assertThat(calls).extracting(call -> call.event().ticket()).doesNotHaveDuplicates();
            assertThat(called.size() + store.tickets(CentreOffice.DAY, TicketStatus.WAITING).size())
                    .as("every ticket is called or still waiting").isEqualTo(TICKETS);
            assertThat(log).as("nothing the board had seen before the loss is lost").containsAll(beforeLoss);

            long last = store.lastEventId();
            await(() -> board.cursor() == last);
            assertThat(boardHeard).containsExactlyElementsOf(log);
            assertThat(boardConnection).startsWith(true, false).endsWith(true);
            KioskIssue issued = kiosk.issue(CentreOffice.SERVICES.getFirst(), PriorityGroup.NORMAL);
            assertThat(issued).isInstanceOf(KioskIssue.Issued.class);
            assertThat(printer.printed).hasSize(1);
            System.out.printf("Outage: %d calls, %d unavailable answers while the server was down%n", called.size(),
                    counters.stream().mapToInt(counter -> counter.outages).sum());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<LoggedEvent> boardHeardAll(List<LoggedEvent> heard) {
        return List.copyOf(heard);
    }

    private List<LoggedEvent> all() {
        List<LoggedEvent> log = new ArrayList<>();
        long cursor = 0;
        for (List<LoggedEvent> page = store.eventsAfter(cursor, 10_000); !page.isEmpty();
                page = store.eventsAfter(cursor, 10_000)) {
            log.addAll(page);
            cursor = page.getLast().id();
        }
        return log;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 5 minutes").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
