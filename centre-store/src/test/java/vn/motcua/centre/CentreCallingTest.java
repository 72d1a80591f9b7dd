package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.store.queue.MutableClock;

/**
 * Thirty counters of a centre call at once: 24 on this PC (threads) and 6 on two other PCs (JVMs), 2,000 calls
 * each, while a board on a third PC (JVM) follows the event feed. Every ticket is called exactly once, and the
 * board hears every call, in the order the calls were committed.
 */
class CentreCallingTest {
    private static final int COUNTERS = 30;
    private static final int CALLS = 2_000;
    private static final int TICKETS = COUNTERS * CALLS;
    private static final int[][] OTHER_PCS = {{25, 26, 27}, {28, 29, 30}};

    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;
    private PostgresQueueStore store;

    @BeforeEach
    void open() {
        database = cluster.freshDatabase();
        store = PostgresQueueStore.open(cluster.deskSettings(database).withPoolSize(COUNTERS));
        store.replaceConfiguration(CentreOffice.configuration(COUNTERS));
        CentreOffice.waitingTickets(cluster, database, TICKETS);
    }

    @AfterEach
    void close() {
        store.close();
        cluster.dropDatabase(database);
    }

    @Test
    void thirtyCountersOnThreePcsCallEveryTicketExactlyOnceAndTheBoardHearsEveryCallInOrder() throws Exception {
        CentreSettings settings = cluster.deskSettings(database);
        String[] connection = {settings.jdbcUrl(), settings.user(), settings.passwordFile().toString()};
        List<ChildProcess> otherPcs = new ArrayList<>();
        try (ChildProcess board = ChildProcess.start(BoardProcess.class, connection)) {
            board.awaitLine("connected"::equals, 60);
            for (int[] counters : OTHER_PCS) {
                List<String> arguments = new ArrayList<>(List.of(connection));
                arguments.add(Integer.toString(CALLS));
                for (int counter : counters) {
                    arguments.add(Integer.toString(counter));
                }
                otherPcs.add(ChildProcess.start(CountersProcess.class, arguments.toArray(String[]::new)));
            }
            long started = System.nanoTime();
            List<TicketId> called = new ArrayList<>(callHere(COUNTERS - 6));
            for (ChildProcess pc : otherPcs) {
                assertThat(pc.awaitExit(600)).isZero();
                pc.lines.stream().filter(line -> line.startsWith("called "))
                        .map(line -> new TicketId(Long.parseLong(line.split(" ")[2]))).forEach(called::add);
                assertThat(pc.lines.stream().filter(line -> line.startsWith("done "))).hasSize(3);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Centre: %d counters x %d calls in %d ms%n", COUNTERS, CALLS, millis);

            assertThat(called).hasSize(TICKETS).doesNotHaveDuplicates();
            Set<TicketId> stored = new HashSet<>();
            store.tickets(CentreOffice.DAY, TicketStatus.NO_SHOW).forEach(ticket -> stored.add(ticket.id()));
            store.tickets(CentreOffice.DAY, TicketStatus.CALLED).forEach(ticket -> stored.add(ticket.id()));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(called);
            assertThat(store.tickets(CentreOffice.DAY, TicketStatus.WAITING)).isEmpty();

            List<LoggedEvent> calls = storedCalls();
            assertThat(calls).hasSize(TICKETS);
            long last = store.lastEventId();
            board.awaitLine(line -> line.equals("seen " + last), 120);
            List<String> heard = board.lines.stream().filter(line -> line.startsWith("call ")).toList();
            assertThat(heard).containsExactlyElementsOf(calls.stream()
                    .map(call -> "call " + call.id() + " " + call.event().ticket().value() + " "
                            + call.event().counter().getAsInt())
                    .toList());
        } finally {
            otherPcs.forEach(ChildProcess::close);
        }
    }

    private List<TicketId> callHere(int counters) throws Exception {
        QueueDesk desk = new QueueDesk(store, WorkCalendar.vietnam(), new MutableClock(CentreOffice.DAY.atTime(9, 0)));
        CyclicBarrier start = new CyclicBarrier(counters);
        ExecutorService pool = Executors.newFixedThreadPool(counters);
        try {
            List<Future<List<TicketId>>> futures = new ArrayList<>();
            for (int c = 1; c <= counters; c++) {
                CallingCounter counter = new CallingCounter(desk.counter(c, "canbo." + c), store::reachable);
                futures.add(pool.submit(() -> {
                    start.await();
                    counter.call(CALLS);
                    counter.outageReasons.forEach(reason -> System.out.println("Counter outage: " + reason));
                    return counter.called;
                }));
            }
            List<TicketId> called = new ArrayList<>();
            for (Future<List<TicketId>> future : futures) {
                called.addAll(future.get());
            }
            return called;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every CALLED event of the log, in id order. */
    private List<LoggedEvent> storedCalls() {
        List<LoggedEvent> calls = new ArrayList<>();
        long cursor = 0;
        for (List<LoggedEvent> page = store.eventsAfter(cursor, 10_000); !page.isEmpty();
                page = store.eventsAfter(cursor, 10_000)) {
            page.stream().filter(event -> event.event().kind() == TicketEventKind.CALLED).forEach(calls::add);
            cursor = page.getLast().id();
        }
        return calls;
    }
}
