package vn.motcua.core.queue;

/**
 * The queue's store cannot be reached now: in centre mode the LAN or the shared database server is down. Nothing
 * of the change that was asked was stored, unless the connection broke while it was being committed, in which
 * case it may have been (the counter's state, read again once the store is back, tells). Screens show the queue
 * as unavailable and try again later; the desk's own work (dossiers, scans) goes on, since it is kept locally.
 */
public class QueueUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
