package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketStatus;

/** Eight counters calling at once never get the same ticket, and together they call every ticket. */
public abstract class QueueConcurrencyContract extends QueueStoreContract {
    private static final int COUNTERS = 8;
    private static final int CALLS_PER_COUNTER = 1_000;
    private static final int TICKETS = 5_000;
    private static final List<ServiceId> SERVICES = List.of(new ServiceId("A"), new ServiceId("B"),
            new ServiceId("C"));

    @Test
    void eightCountersCallingAThousandTimesCallEachOfFiveThousandTicketsExactlyOnce() throws Exception {
        MutableClock clock = new MutableClock(TestOffice.DAY.atTime(8, 0));
        OpenStore store = openStore();
        try (AutoCloseable resources = store.resources()) {
            store.queue().replaceConfiguration(configuration());
            QueueDesk desk = new QueueDesk(store.queue(), WorkCalendar.vietnam(), clock);
            long issuing = System.nanoTime();
            for (int i = 0; i < TICKETS; i++) {
                desk.issue(SERVICES.get(i % 3), i % 5 == 0 ? PriorityGroup.PRIORITY : PriorityGroup.NORMAL)
                        .orElseThrow();
            }
            System.out.printf("Queue: %d tickets issued in %d ms%n", TICKETS, (System.nanoTime() - issuing) / 1_000_000);
            AtomicInteger nothingLeft = new AtomicInteger();
            long started = System.nanoTime();

            List<TicketId> called = callConcurrently(desk, nothingLeft);

            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Queue: %d counters x %d calls on %d tickets in %d ms%n", COUNTERS, CALLS_PER_COUNTER,
                    TICKETS, millis);
            assertThat(called).hasSize(TICKETS).doesNotHaveDuplicates();
            assertThat(nothingLeft).hasValue(COUNTERS * CALLS_PER_COUNTER - TICKETS);
            assertThat(store.queue().tickets(TestOffice.DAY, TicketStatus.FINISHED)).hasSize(TICKETS)
                    .extracting(Ticket::id).containsExactlyInAnyOrderElementsOf(called);
            assertThat(store.queue().history(called.getFirst())).extracting(TicketEvent::kind)
                    .containsExactly(TicketEventKind.ISSUED, TicketEventKind.CALLED, TicketEventKind.FINISHED);
        }
    }

    private static List<TicketId> callConcurrently(QueueDesk desk, AtomicInteger nothingLeft) throws Exception {
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        try {
            List<Future<List<TicketId>>> futures = new ArrayList<>();
            for (int c = 1; c <= COUNTERS; c++) {
                CounterDesk counter = desk.counter(c, "canbo." + c);
                futures.add(pool.submit(() -> {
                    start.await();
                    return callAndFinish(counter, nothingLeft);
                }));
            }
            List<TicketId> all = new ArrayList<>();
            for (Future<List<TicketId>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<TicketId> callAndFinish(CounterDesk counter, AtomicInteger nothingLeft) {
        List<TicketId> called = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_COUNTER; i++) {
            QueueResult<Ticket> result = counter.callNext();
            if (result.refusal().isPresent()) {
                assertThat(result.refusal()).contains(QueueRefusal.NOTHING_WAITING);
                nothingLeft.incrementAndGet();
                continue;
            }
            called.add(result.orElseThrow().id());
            assertThat(counter.finish().isDone()).isTrue();
        }
        return called;
    }

    /** Every counter serves every service, in a different order, so no call is refused while tickets wait. */
    private static QueueConfiguration configuration() {
        List<IssuingWindow> allDay = List.of(new IssuingWindow(LocalTime.of(7, 0), LocalTime.of(17, 0)));
        List<QueueService> services = SERVICES.stream()
                .map(id -> new QueueService(id, "Service " + id, id.value(), allDay, OptionalInt.empty(), false,
                        Duration.ofMinutes(5)))
                .toList();
        List<Counter> counters = new ArrayList<>();
        for (int c = 1; c <= COUNTERS; c++) {
            List<ServiceId> order = new ArrayList<>(SERVICES);
            java.util.Collections.rotate(order, c);
            counters.add(new Counter(c, "Quầy " + c, order));
        }
        return new QueueConfiguration(new QueueOffice(TestOffice.AGENCY, "Test"),
                new CallPolicy(new CallPolicy.PriorityRule.Interleave(3), CallPolicy.ServiceOrder.COUNTER_ORDER,
                        Optional.of(Duration.ofMinutes(30)), 3, Duration.ofSeconds(20)),
                services, counters);
    }
}
