package vn.motcua.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class TaskExecutorTest {
    private JavaFxTaskExecutor executor;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    void javaFxExecutorWorksInTheBackgroundAndAnswersOnTheFxThread() throws Exception {
        executor = new JavaFxTaskExecutor(2);
        var workThread = new CompletableFuture<Thread>();
        var answer = new CompletableFuture<String>();
        executor.submit(() -> {
            workThread.complete(Thread.currentThread());
            return "xong";
        }, result -> answer.complete(result + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")),
                answer::completeExceptionally);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("xong on fx");
        assertThat(workThread.get().isDaemon()).isTrue();
        assertThat(workThread.get().getName()).startsWith("motcua-task");
    }

    @Test
    void javaFxExecutorReportsFailuresOnTheFxThread() throws Exception {
        executor = new JavaFxTaskExecutor(1);
        var failure = new CompletableFuture<String>();
        executor.submit(() -> {
            throw new IllegalStateException("hỏng");
        }, result -> failure.complete("succeeded?"),
                error -> failure.complete(error.getMessage() + (Platform.isFxApplicationThread() ? " on fx" : "")));
        assertThat(failure.get(10, TimeUnit.SECONDS)).isEqualTo("hỏng on fx");
    }

    @Test
    void javaFxExecutorDropsCancelledScheduledActions() throws Exception {
        executor = new JavaFxTaskExecutor(1);
        List<String> ran = new ArrayList<>();
        var done = new CompletableFuture<Void>();
        executor.schedule(Duration.ofMillis(20), () -> ran.add("cancelled")).cancel();
        executor.schedule(Duration.ofMillis(40), () -> {
            ran.add("kept");
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
        assertThat(ran).containsExactly("kept");
    }

    @Test
    void currentThreadExecutorRunsEverythingAtOnce() {
        var same = new CurrentThreadTaskExecutor();
        List<String> log = new ArrayList<>();
        same.submit(() -> "a", log::add, e -> log.add("failed"));
        same.submit(() -> {
            throw new IllegalArgumentException("b");
        }, r -> log.add("no"), e -> log.add(e.getMessage()));
        same.schedule(Duration.ofMinutes(5), () -> log.add("c"));
        assertThat(log).containsExactly("a", "b", "c");
        assertThat(same.submittedCount()).isEqualTo(2);
    }

    @Test
    void currentThreadExecutorCanHoldScheduledActionsToShowADebounce() {
        var same = new CurrentThreadTaskExecutor();
        same.holdScheduled();
        List<String> log = new ArrayList<>();
        same.schedule(Duration.ofMillis(250), () -> log.add("first")).cancel();
        same.schedule(Duration.ofMillis(250), () -> log.add("second"));
        assertThat(log).isEmpty();
        assertThat(same.runScheduled()).isEqualTo(1);
        assertThat(log).containsExactly("second");
    }
}
