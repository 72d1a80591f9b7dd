package vn.motcua.centre;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketId;

/**
 * One simulated counter: calls the next ticket again and again, as a clerk pressing F1 would, and remembers what it
 * called. When the queue is unavailable it waits for the server to answer again, then reads its own state, as the
 * counter screen does: a call whose commit went through although its answer was lost shows as the counter's current
 * ticket and is counted once.
 */
final class CallingCounter {
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(120);

    final List<TicketId> called = new CopyOnWriteArrayList<>();
    volatile int nothingWaiting;
    volatile int outages;
    final List<String> outageReasons = new CopyOnWriteArrayList<>();
    private final CounterDesk desk;
    private final BooleanSupplier reachable;

    CallingCounter(CounterDesk desk, BooleanSupplier reachable) {
        this.desk = desk;
        this.reachable = reachable;
    }

    /** Makes {@code calls} calls that reach the queue (called or told nobody waits). */
    void call(int calls) {
        int made = 0;
        while (made < calls) {
            try {
                QueueResult<Ticket> result = desk.callNext();
                made++;
                if (result.refusal().isPresent()) {
                    if (result.refusal().get() != QueueRefusal.NOTHING_WAITING) {
                        throw new AssertionError("Counter " + desk.number() + " refused: " + result.refusal().get());
                    }
                    nothingWaiting++;
                } else {
                    called.add(result.orElseThrow().id());
                }
            } catch (QueueUnavailableException e) {
                outages++;
                outageReasons.add(e.getMessage());
                recover();
            }
        }
    }

    /** Awaits the server (with a deadline), then counts a call that was stored though its answer was lost. */
    private void recover() {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (!reachable.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The queue server did not come back within two minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        try {
            Optional<Ticket> current = desk.state().flatMap(now -> now.current());
            current.filter(ticket -> !called.contains(ticket.id())).ifPresent(ticket -> called.add(ticket.id()));
        } catch (QueueUnavailableException e) {
            recover();
        }
    }
}
