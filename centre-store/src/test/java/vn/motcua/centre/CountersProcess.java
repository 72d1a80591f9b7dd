package vn.motcua.centre;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.TicketId;

/**
 * Another PC with counters, in its own JVM: {@code URL USER PASSWORD_FILE CALLS COUNTER...}. Prints
 * {@code called COUNTER TICKET_ID} for every call and {@code done COUNTER NOTHING_WAITING} at the end.
 */
public final class CountersProcess {
    private CountersProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        CentreSettings settings = new CentreSettings(args[0], args[1], Path.of(args[2]), Duration.ofSeconds(2),
                Duration.ofSeconds(10), args.length - 4);
        int calls = Integer.parseInt(args[3]);
        try (PostgresQueueStore store = PostgresQueueStore.open(settings)) {
            QueueDesk desk = new QueueDesk(store, WorkCalendar.vietnam(),
                    new vn.motcua.store.queue.MutableClock(CentreOffice.DAY.atTime(9, 0)));
            List<Thread> threads = new ArrayList<>();
            for (int i = 4; i < args.length; i++) {
                int number = Integer.parseInt(args[i]);
                CallingCounter counter = new CallingCounter(desk.counter(number, "canbo." + number), store::reachable);
                threads.add(Thread.ofPlatform().start(() -> {
                    counter.call(calls);
                    synchronized (System.out) {
                        for (TicketId id : counter.called) {
                            System.out.println("called " + number + " " + id.value());
                        }
                        System.out.println("done " + number + " " + counter.nothingWaiting);
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        System.out.flush();
    }
}
