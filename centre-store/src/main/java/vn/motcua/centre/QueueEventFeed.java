package vn.motcua.centre;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.store.sql.SqlQueueReads;

/**
 * Every queue event stored by any desk of the centre, in the log's order (each ticket's events in the order they
 * happened), for a board or counter on this PC. A thread
 * of its own keeps a connection that LISTENs on the queue's channel: each commit's NOTIFY wakes it and it reads the
 * log on from its cursor (the last id delivered), so an event arrives within milliseconds and none is skipped or
 * delivered twice. Without a notification it reads anyway every {@link #RECHECK}, which also notices a dead
 * connection. When the server or the LAN goes away it says so, tries again with growing pauses, and once connected
 * again catches up from its cursor: a board that was cut off for an hour shows every call it missed, in order.
 */
public final class QueueEventFeed implements AutoCloseable {
    /** Start with the events stored after the feed first connects (the server may be away when it starts). */
    public static final long FROM_NOW = -1;
    static final Duration RECHECK = Duration.ofSeconds(2);
    private static final Duration SETTLING = Duration.ofMillis(20);
    private static final Logger LOG = LoggerFactory.getLogger(QueueEventFeed.class);
    private static final int PAGE = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    /** Called on the feed's thread, never concurrently: keep it quick (hand over to the UI thread). */
    public interface Subscriber {
        /** The next events of the log, oldest first; the cursor moves past them once this returns. */
        void onEvents(List<LoggedEvent> events);

        /** The feed lost or regained the server; connected again means it has also caught up. */
        default void onConnection(boolean connected) {
        }
    }

    private final CentreSettings settings;
    private final Subscriber subscriber;
    private final SqlQueueReads reads = new SqlQueueReads(PostgresDialect.INSTANCE);
    private final EventHorizon horizon = new EventHorizon();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;
    private volatile long cursor;
    private boolean waiting;
    private volatile Connection connection;

    private QueueEventFeed(CentreSettings settings, long cursor, Subscriber subscriber) {
        this.settings = settings;
        this.cursor = cursor;
        this.subscriber = subscriber;
        this.thread = Thread.ofPlatform().name("motcua-queue-feed").daemon().unstarted(this::run);
    }

    /** Starts delivering the events after {@code cursor} (0: all of them; {@link #FROM_NOW}: those to come). */
    public static QueueEventFeed start(CentreSettings settings, long cursor, Subscriber subscriber) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(subscriber, "subscriber");
        if (cursor < FROM_NOW) {
            throw new IllegalArgumentException("cursor >= 0, or FROM_NOW");
        }
        QueueEventFeed feed = new QueueEventFeed(settings, cursor, subscriber);
        feed.thread.start();
        return feed;
    }

    /** The id of the last event delivered. */
    public long cursor() {
        return cursor;
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        boolean connected = false;
        while (closed.getCount() > 0) {
            try (Connection listening = CentreConnections.open(settings)) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PostgresQueueTransaction.CHANNEL);
                    statement.execute("SET synchronous_commit TO off"); // it only reads: EventHorizon
                }
                catchUp(listening);
                connected = true;
                pause = FIRST_PAUSE;
                subscriber.onConnection(true);
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (closed.getCount() > 0) {
                    // an event of a transaction still running beside it waits for that one: look again soon
                    notifications.getNotifications((int) (waiting ? SETTLING : RECHECK).toMillis());
                    catchUp(listening);
                }
            } catch (SQLException | RuntimeException e) {
                if (closed.getCount() == 0) {
                    break;
                }
                if (connected) {
                    connected = false;
                    LOG.warn("The queue feed lost the centre's server ({}); reconnecting", e.getClass().getSimpleName());
                    subscriber.onConnection(false);
                }
                if (awaitClose(pause)) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private void catchUp(Connection listening) throws SQLException {
        // each look is a transaction of its own (autocommit): a second one settles what the first saw, if it can
        waiting = horizon.look(listening) && horizon.look(listening);
        long settled = horizon.settled();
        if (cursor == FROM_NOW) {
            cursor = settled;
        }
        while (true) {
            List<LoggedEvent> events = reads.eventsAfter(listening, cursor, settled, PAGE);
            if (events.isEmpty()) {
                return;
            }
            subscriber.onEvents(events);
            cursor = events.getLast().id();
            if (events.size() < PAGE) {
                return;
            }
        }
    }

    private boolean awaitClose(Duration pause) {
        try {
            return closed.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        Connection current = connection;
        if (current != null) {
            try {
                current.close(); // wakes a getNotifications wait
            } catch (SQLException e) {
                LOG.debug("Closing the feed's connection: {}", e.getSQLState());
            }
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
