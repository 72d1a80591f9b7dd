package vn.motcua.app.task;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The production executor: a small pool of daemon threads, results delivered with {@link Platform#runLater}. */
public final class JavaFxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JavaFxTaskExecutor.class);

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public JavaFxTaskExecutor() {
        this(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public JavaFxTaskExecutor(int threads) {
        workers = Executors.newFixedThreadPool(threads, daemonThreads("motcua-task"));
        timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("motcua-timer"));
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work);
        Objects.requireNonNull(onSuccess);
        Objects.requireNonNull(onFailure);
        Handle handle = new Handle();
        workers.execute(() -> {
            if (handle.isCancelled()) {
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                LOG.warn("Background task failed with {}", failure.getClass().getName());
                LOG.debug("Background task failure", failure);
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
        return handle;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Objects.requireNonNull(action);
        Handle handle = new Handle();
        timer.schedule(() -> Platform.runLater(() -> {
            if (!handle.isCancelled()) {
                action.run();
            }
        }), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return handle;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background tasks still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Handle implements Cancellable {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
