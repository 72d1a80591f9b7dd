package vn.motcua.core.queue;

/**
 * Receives queue changes made in this process, after they are stored, on the thread that made them (never
 * assume the JavaFX thread: hand over with {@code Platform.runLater}). Must be quick and must not call back
 * into the desk synchronously. Changes made by other processes are seen by polling the {@link QueueStore}.
 */
@FunctionalInterface
public interface QueueListener {
    void onEvent(QueueEvent event);
}
