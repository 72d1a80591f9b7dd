package vn.motcua.app.task;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the UI thread for requests made on any thread; requests arriving before it has run make one
 * run, so a burst of queue events reloads a screen once.
 */
public final class CoalescedRun implements Runnable {
    private final TaskExecutor executor;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();

    public CoalescedRun(TaskExecutor executor, Runnable action) {
        this.executor = Objects.requireNonNull(executor);
        this.action = Objects.requireNonNull(action);
    }

    @Override
    public void run() {
        if (pending.compareAndSet(false, true)) {
            executor.schedule(Duration.ZERO, () -> {
                pending.set(false);
                action.run();
            });
        }
    }
}
