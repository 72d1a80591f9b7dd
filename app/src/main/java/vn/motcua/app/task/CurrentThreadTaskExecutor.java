package vn.motcua.app.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * For tests: runs work and callbacks at once on the calling thread, so a ViewModel test needs neither a
 * JavaFX toolkit nor sleeps. Scheduled actions run at once too, unless {@link #holdScheduled()} was called;
 * then they wait for {@link #runScheduled()}, which lets a test see what a debounce dropped, and lets a device
 * thread hand work to the test's thread as it would to the JavaFX thread.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final List<Scheduled> held = new ArrayList<>();
    private boolean holding;
    private int submitted;

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        submitted++;
        Handle handle = new Handle();
        T result;
        try {
            result = work.call();
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Handle handle = new Handle();
        synchronized (this) {
            if (holding) {
                held.add(new Scheduled(action, handle));
                return handle;
            }
        }
        action.run();
        return handle;
    }

    /** From now on scheduled actions wait for {@link #runScheduled()}. */
    public synchronized void holdScheduled() {
        holding = true;
    }

    /** Runs the held actions that were not cancelled, in order; returns how many ran. */
    public int runScheduled() {
        List<Scheduled> due;
        synchronized (this) {
            due = List.copyOf(held);
            held.clear();
        }
        int ran = 0;
        for (Scheduled s : due) {
            if (!s.handle().isCancelled()) {
                s.action().run();
                ran++;
            }
        }
        return ran;
    }

    /** How many pieces of background work were submitted so far. */
    public int submittedCount() {
        return submitted;
    }

    private record Scheduled(Runnable action, Handle handle) {
    }

    private static final class Handle implements Cancellable {
        private boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
