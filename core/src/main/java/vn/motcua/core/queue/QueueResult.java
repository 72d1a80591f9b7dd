package vn.motcua.core.queue;

import java.util.Objects;
import java.util.Optional;

/** What a queue action did: its result, or why it was refused (nothing was changed then). */
public sealed interface QueueResult<T> {

    record Done<T>(T value) implements QueueResult<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(QueueRefusal reason) implements QueueResult<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T> QueueResult<T> done(T value) {
        return new Done<>(value);
    }

    static <T> QueueResult<T> refused(QueueRefusal reason) {
        return new Refused<>(reason);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    default Optional<T> done() {
        return this instanceof Done<T> done ? Optional.of(done.value()) : Optional.empty();
    }

    default Optional<QueueRefusal> refusal() {
        return this instanceof Refused<T> refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    /** The value; for callers that have already ruled out a refusal. */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Refused<T> refused -> throw new IllegalStateException("Refused: " + refused.reason());
        };
    }
}
