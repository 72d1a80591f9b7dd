package vn.motcua.store.sqlite;

import java.util.Objects;

/**
 * The names of the queue stores a dossier's ticket link may point into ({@code dossier_ticket.queue}, V012). A
 * ticket id means something only in the queue that issued it: the desk's own SQLite queue in single-PC mode, the
 * centre's PostgreSQL queue in centre mode, each with its own id sequence.
 */
public final class QueueLinks {
    /** The desk's own queue (single-PC mode); every link stored before V012. */
    public static final String LOCAL = "local";
    /** The centre's shared queue (centre mode). */
    public static final String CENTRE = "centre";

    private QueueLinks() {
    }

    static String checked(String queue) {
        Objects.requireNonNull(queue, "queue");
        if (queue.isBlank()) {
            throw new IllegalArgumentException("A queue store needs a name");
        }
        return queue;
    }
}
