package vn.motcua.centre;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.SqlQueueTransaction;
import vn.motcua.store.sql.TicketRows;

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

    /** Every event of the transaction in one statement: ids from the clock, the rows, the notification. */
    private static final String WRITE_EVENTS = """
            WITH clock AS (UPDATE queue_event_clock SET last_id = last_id + ? WHERE id = 1 RETURNING last_id),
            added AS (
                INSERT INTO ticket_event (id, %s)
                SELECT clock.last_id - ? + e.n, e.ticket_id, e.kind, e.at, e.counter_number, e.clerk, e.service_id,
                       e.note
                FROM clock, unnest(?::bigint[], ?::text[], ?::timestamp[], ?::integer[], ?::text[], ?::text[],
                                   ?::text[]) WITH ORDINALITY
                     AS e (ticket_id, kind, at, counter_number, clerk, service_id, note, n)
                RETURNING id)
            SELECT pg_notify('%s', max(id)::text) FROM added""".formatted(EVENT_COLUMNS, CHANNEL);
    private static final String LANE = "SELECT lane.ord AS lane_order, head.* FROM (VALUES %s) AS lane (ord, service_id, priority_group) "
            + "CROSS JOIN LATERAL (" + TicketRows.SELECT + "WHERE status = 'WAITING' AND reserved_for IS NULL "
            + "AND service_id = lane.service_id AND priority_group = lane.priority_group" + TicketRows.QUEUE_ORDER
            + " LIMIT 1 FOR UPDATE SKIP LOCKED) head";
    private static final String RESERVED = "SELECT lane.ord AS lane_order, head.* FROM (VALUES %s) AS lane (ord, priority_group) "
            + "CROSS JOIN LATERAL (" + TicketRows.SELECT + "WHERE status = 'WAITING' AND reserved_for = ? "
            + "AND priority_group = lane.priority_group" + TicketRows.QUEUE_ORDER
            + " LIMIT 1 FOR UPDATE SKIP LOCKED) head";

    private final List<TicketEvent> events = new ArrayList<>();
    private final TicketRows tickets = new TicketRows(PostgresDialect.INSTANCE);

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

    /**
     * The heads of all the counter's lanes in one statement (one round trip instead of one per lane), each lane's
     * head locked, skipping heads other counters hold: the same tickets, in the same order, as the shared query.
     */
    @Override
    public List<Ticket> heads(Counter counter) {
        List<ServiceId> services = counter.services();
        PriorityGroup[] groups = PriorityGroup.values();
        List<String> laneRows = new ArrayList<>();
        List<String> reservedRows = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < services.size(); i++) {
                laneRows.add("(?::integer, ?::text, ?::text)");
            }
            reservedRows.add("(?::integer, ?::text)");
        }
        String sql = "SELECT heads.* FROM ("
                + (laneRows.isEmpty() ? "" : LANE.formatted(String.join(", ", laneRows)) + " UNION ALL ")
                + RESERVED.formatted(String.join(", ", reservedRows)) + ") heads ORDER BY lane_order";
        return unchecked(() -> QueueSql.list(connection(), sql, statement -> {
            int p = 1;
            for (int g = 0; g < groups.length; g++) {
                for (int i = 0; i < services.size(); i++) {
                    statement.setInt(p++, g * (services.size() + 1) + i);
                    statement.setString(p++, services.get(i).value());
                    statement.setString(p++, groups[g].name());
                }
            }
            for (int g = 0; g < groups.length; g++) {
                statement.setInt(p++, g * (services.size() + 1) + services.size());
                statement.setString(p++, groups[g].name());
            }
            statement.setInt(p, counter.number());
        }, tickets::read));
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
        int n = events.size();
        Long[] ticketIds = new Long[n];
        String[] kinds = new String[n];
        String[] times = new String[n];
        Integer[] counters = new Integer[n];
        String[] clerks = new String[n];
        String[] services = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            TicketEvent event = events.get(i);
            ticketIds[i] = event.ticket().value();
            kinds[i] = event.kind().name();
            times[i] = event.at().toString();
            counters[i] = event.counter().isPresent() ? event.counter().getAsInt() : null;
            clerks[i] = event.clerk().orElse(null);
            services[i] = event.service().value();
            notes[i] = event.note();
        }
        Connection connection = connection();
        QueueSql.list(connection, WRITE_EVENTS, statement -> {
            statement.setInt(1, n);
            statement.setInt(2, n);
            statement.setArray(3, connection.createArrayOf("bigint", ticketIds));
            statement.setArray(4, connection.createArrayOf("text", kinds));
            statement.setArray(5, connection.createArrayOf("text", times));
            statement.setArray(6, connection.createArrayOf("integer", counters));
            statement.setArray(7, connection.createArrayOf("text", clerks));
            statement.setArray(8, connection.createArrayOf("text", services));
            statement.setArray(9, connection.createArrayOf("text", notes));
        }, rows -> null);
        events.clear();
    }
}
