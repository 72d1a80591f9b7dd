package vn.motcua.core.queue;

import java.util.List;

/** What one transaction of a desk decided: the result, and the events to publish once it is committed. */
record Step<T>(QueueResult<T> result, List<QueueEvent> events) {
    Step {
        events = List.copyOf(events);
    }

    static <T> Step<T> refused(QueueRefusal reason) {
        return new Step<>(QueueResult.refused(reason), List.of());
    }

    static <T> Step<T> done(T value, List<QueueEvent> events) {
        return new Step<>(QueueResult.done(value), events);
    }
}
