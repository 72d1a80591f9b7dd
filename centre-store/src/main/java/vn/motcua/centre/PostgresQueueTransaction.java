package vn.motcua.centre;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.SqlQueueTransaction;

/**
 * One queue change in PostgreSQL. Besides the row locks of the shared queries, it:
 * <ul>
 * <li>locks the counter it acts for with a transaction advisory lock, so two PCs set to one counter number (or a
 * double press) take turns instead of both calling;</li>
 * <li>keeps the events it records until just before commit ({@link #writeEvents}), then takes their ids from
 * {@code queue_event_clock}, whose row stays locked until the commit: ids therefore rise in commit order and a
 * reader that moves a cursor over them never skips one committed later with a smaller id. Only this last step
 * (a few inserts and the commit) takes turns between counters;</li>
 * <li>sends a NOTIFY carrying the last id, delivered to listeners when (and only if) the change commits.</li>
 * </ul>
 */
final class PostgresQueueTransaction extends SqlQueueTransaction {
    static final String CHANNEL = "motcua_queue";
    /** The first key of the advisory locks of counters (the second is the counter's number). */
    private static final int COUNTER_LOCK = 0x51554555; // "QUEU"

    private final List<TicketEvent> events = new ArrayList<>();

    PostgresQueueTransaction(Connection connection, SqlCall<QueueConfiguration> configurationSource) {
        super(connection, PostgresDialect.INSTANCE, configurationSource);
    }

    @Override
    protected void lockCounter(int counter) throws SQLException {
        QueueSql.list(connection(), "SELECT pg_advisory_xact_lock(?, ?)", statement -> {
            statement.setInt(1, COUNTER_LOCK);
            statement.setInt(2, counter);
        }, rows -> null);
    }

    /** Counter numbers start at 1: 0 stands for the configuration. */
    void lockConfiguration() throws SQLException {
        lockCounter(0);
    }

    @Override
    protected void insertEvent(TicketEvent event) {
        events.add(event);
    }

    /** The last step before commit: ids from the clock (locked until commit), the rows, the notification. */
    void writeEvents() throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long last = QueueSql.first(connection(), "UPDATE queue_event_clock SET last_id = last_id + ? WHERE id = 1 "
                + "RETURNING last_id", statement -> statement.setInt(1, events.size()), rows -> rows.getLong(1))
                .orElseThrow(() -> new SQLException("queue_event_clock has no row"));
        long id = last - events.size() + 1;
        try (PreparedStatement insert = connection().prepareStatement(
                "INSERT INTO ticket_event (id, " + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TicketEvent event : events) {
                insert.setLong(1, id++);
                bindEvent(insert, 2, event);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        QueueSql.list(connection(), "SELECT pg_notify('" + CHANNEL + "', ?)",
                statement -> statement.setString(1, Long.toString(last)), rows -> null);
        events.clear();
    }
}
