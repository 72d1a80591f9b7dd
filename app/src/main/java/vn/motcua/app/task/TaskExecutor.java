package vn.motcua.app.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (store access, password hashing) away from the JavaFX application thread and hands the
 * outcome back on it. ViewModels receive one of these instead of creating threads, so tests can swap in
 * {@link CurrentThreadTaskExecutor} and stay deterministic.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background; exactly one of the callbacks is then called on the UI thread.
     *
     * @return a handle that drops the callbacks when cancelled (the work itself may still finish)
     */
    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread once {@code delay} has passed, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** A submitted or scheduled piece of work that may be called off. */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }
}
