package vn.motcua.core.queue;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of one queue, shared by its kiosk and counter desks. A listener that throws does not stop the
 * others, nor undo the stored change: its exception goes to the thread's uncaught-exception handler (the app
 * installs one that logs).
 */
public final class QueueEvents {
    private final List<QueueListener> listeners = new CopyOnWriteArrayList<>();

    public void add(QueueListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(QueueListener listener) {
        listeners.remove(listener);
    }

    void publish(List<QueueEvent> events) {
        for (QueueEvent event : events) {
            for (QueueListener listener : listeners) {
                deliver(listener, event);
            }
        }
    }

    private static void deliver(QueueListener listener, QueueEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }
}
