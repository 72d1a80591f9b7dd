package vn.motcua.app.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingListener;

/**
 * Calls {@link RatingDesk#settle()} when it has something to decide (a press's debounce over, a window run out), on
 * the background executor. It plans again after every arming and press, so it sleeps while nothing is armed.
 */
public final class RatingDeadlines implements RatingListener {
    private final RatingDesk desk;
    private final TaskExecutor executor;
    private final Clock clock;
    private Instant planned;
    private TaskExecutor.Cancellable timer;
    private boolean closed;

    public RatingDeadlines(RatingDesk desk, TaskExecutor executor, Clock clock) {
        this.desk = Objects.requireNonNull(desk);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void onEvent(RatingEvent event) {
        if (event instanceof RatingEvent.Armed || event instanceof RatingEvent.Recorded) {
            plan();
        }
    }

    /** Schedules the next settle, unless it is already planned for that moment. */
    public synchronized void plan() {
        Optional<Instant> next = desk.nextDeadline();
        if (closed || next.isEmpty() || next.get().equals(planned)) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        Instant at = next.get();
        planned = at;
        timer = executor.schedule(delayUntil(at), () -> fire(at, true));
    }

    /** A millisecond more than needed: timers count whole milliseconds and must not fire before the deadline. */
    private Duration delayUntil(Instant at) {
        Duration delay = Duration.between(clock.instant(), at).plusMillis(1);
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    private void fire(Instant at, boolean mayWaitAgain) {
        synchronized (this) {
            if (!at.equals(planned)) {
                return;
            }
            if (clock.instant().isBefore(at)) {
                // Early: wait once more. A test executor runs timers at once; its test moves the clock and settles.
                timer = mayWaitAgain ? executor.schedule(delayUntil(at), () -> fire(at, false)) : null;
                if (timer == null) {
                    planned = null;
                }
                return;
            }
            planned = null;
            timer = null;
        }
        executor.submit(() -> {
            desk.settle();
            return null;
        }, done -> plan(), failure -> plan());
    }

    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.cancel();
        }
    }
}
