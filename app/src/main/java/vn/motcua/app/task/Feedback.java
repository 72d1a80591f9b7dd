package vn.motcua.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a screen tells the clerk about its work: busy while one step runs in the background (a second press is
 * ignored), then a message — done, or a problem.
 */
public final class Feedback {
    private final TaskExecutor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty problem = new SimpleBooleanProperty(this, "problem");

    public Feedback(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    public void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    /** Runs the work unless some is running; {@code done} gets its result, a failure is said as a problem. */
    public <T> void run(Callable<T> work, Consumer<T> done, Function<Throwable, String> failureText) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            say(failureText.apply(failure), true);
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }
}
