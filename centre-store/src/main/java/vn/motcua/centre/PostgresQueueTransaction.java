package vn.motcua.centre;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.SqlQueueReads;
import vn.motcua.store.sql.SqlQueueTransaction;
import vn.motcua.store.sql.TicketRows;

/**
 * One queue change in PostgreSQL. Besides the row locks of the shared queries, it:
 * <ul>
 * <li>locks the counter it acts for with a transaction advisory lock, so two PCs set to one counter number (or a
 * double press) take turns instead of both calling;</li>
 * <li>sends its writes and locks with its next query, in the same round trip, instead of one round trip each
 * ({@link #write}), uses the configuration read last with a check of its revision, and reads the counter's current
 * ticket with its state: a call is three round trips instead of nine. With thirty counters sharing a server, each round
 * trip is a wait for the server and then for this desk's thread to be scheduled again;</li>
 * <li>keeps the events it records until the end, then sends them with the commit ({@link #writeEventsAndCommit}):
 * ids from {@code ticket_event_id_seq} (see {@link EventHorizon} for how readers never skip one), and after the
 * commit a NOTIFY carrying the last id, outside the transaction so that commits do not queue for PostgreSQL's
 * notification lock.</li>
 * </ul>
 */
final class PostgresQueueTransaction extends SqlQueueTransaction {
    static final String CHANNEL = "motcua_queue";
    /** The first key of the advisory locks of counters (the second is the counter's number). */
    private static final int COUNTER_LOCK = 0x51554555; // "QUEU"

    /**
     * Before any event id is taken: the transaction's id, so that a reader that could miss these event ids knows this
     * transaction is running ({@link EventHorizon}).
     */
    private static final String TAKE_TRANSACTION_ID = "SELECT pg_current_xact_id()";
    /** Every event in one statement, ids in the order they were recorded. */
    private static final String WRITE_EVENTS = """
            INSERT INTO ticket_event (id, %s)
            SELECT nextval('ticket_event_id_seq'), e.ticket_id, e.kind, e.at, e.counter_number, e.clerk, e.service_id,
                   e.note
            FROM (SELECT * FROM unnest(?::bigint[], ?::text[], ?::timestamp[], ?::integer[], ?::text[], ?::text[],
                                       ?::text[]) WITH ORDINALITY
                                AS u (ticket_id, kind, at, counter_number, clerk, service_id, note, n)
                  ORDER BY n) e""".formatted(EVENT_COLUMNS);
    private static final String COMMIT = "COMMIT";
    /** Runs after COMMIT, in a transaction of its own: delivered only because the change committed. */
    private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', currval('ticket_event_id_seq')::text)";
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
    private final StatementPipeline pipeline;
    private final Set<Integer> lockedCounters = new HashSet<>();
    /** The configuration last read by this desk, used without reading it again; its revision checked by the server. */
    private final Optional<SqlQueueReads.Revision> known;
    private QueueConfiguration configuration;
    /** Counters' current tickets read with their states, until this transaction writes. */
    private final Map<Integer, Optional<Ticket>> activeTickets = new HashMap<>();

    /**
     * @param known the configuration this desk read last, if any: used at once, and its revision checked with the
     *     transaction's next statement ({@code configuration_is}, V003); should it have changed since, that statement
     *     fails as a serialisation failure and the store runs the change again, reading the configuration afresh
     */
    PostgresQueueTransaction(Connection connection, SqlCall<QueueConfiguration> configurationSource,
            Optional<SqlQueueReads.Revision> known) {
        super(connection, PostgresDialect.INSTANCE, configurationSource);
        this.pipeline = new StatementPipeline(connection);
        this.known = known;
    }

    @Override
    public QueueConfiguration configuration() {
        if (configuration == null) {
            configuration = known.map(revision -> {
                pipeline.add("SELECT configuration_is(?)", statement -> statement.setLong(1, revision.number()),
                        ANY_ROWS);
                return revision.configuration();
            }).orElseGet(super::configuration);
        }
        return configuration;
    }

    /** The counter is locked and its current ticket read (and locked) in the same round trip as its state. */
    @Override
    public CounterState counterState(int counter) {
        lockCounter(counter);
        List<List<?>> found = unchecked(() -> pipeline.queries(List.of(
                new StatementPipeline.Query<>(COUNTER_STATE, statement -> statement.setInt(1, counter),
                        rows -> SqlQueueReads.counterState(rows, PostgresDialect.INSTANCE)),
                new StatementPipeline.Query<>(activeTicketSql(), statement -> statement.setInt(1, counter),
                        tickets::read))));
        activeTickets.put(counter, found.get(1).stream().map(Ticket.class::cast).findFirst());
        return found.getFirst().stream().map(CounterState.class::cast).findFirst()
                .orElseGet(() -> CounterState.initial(counter));
    }

    @Override
    public Optional<Ticket> activeTicketAt(int counter) {
        Optional<Ticket> read = activeTickets.get(counter);
        return read != null ? read : super.activeTicketAt(counter);
    }

    /** Sends what waits in the pipeline first: a statement of the caller's own comes after it. */
    @Override
    public Connection connection() {
        unchecked(() -> {
            pipeline.flush();
            return null;
        });
        return super.connection();
    }

    @Override
    protected <T> List<T> query(String sql, QueueSql.Binder binder, QueueSql.RowMapper<T> mapper) throws SQLException {
        return pipeline.query(sql, binder, mapper);
    }

    @Override
    protected void write(String sql, QueueSql.Binder binder, int expectedRows) {
        activeTickets.clear();
        pipeline.add(sql, binder, expectedRows);
    }

    @Override
    protected void lockCounter(int counter) {
        if (lockedCounters.add(counter)) {
            pipeline.add("SELECT pg_advisory_xact_lock(?, ?)", statement -> {
                statement.setInt(1, COUNTER_LOCK);
                statement.setInt(2, counter);
            }, ANY_ROWS);
        }
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
        return unchecked(() -> query(sql, statement -> {
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
    void lockConfiguration() {
        lockCounter(0);
    }

    @Override
    protected void insertEvent(TicketEvent event) {
        events.add(event);
    }

    /**
     * The last step, in one round trip: the writes still in the pipeline, the events, the commit, then the
     * notification. When it throws, {@link #committed} tells whether the commit ran.
     */
    void writeEventsAndCommit() throws SQLException {
        if (events.isEmpty()) {
            pipeline.add(COMMIT, QueueSql.NOTHING, ANY_ROWS);
            pipeline.flush();
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
        Connection connection = super.connection();
        pipeline.add(TAKE_TRANSACTION_ID, QueueSql.NOTHING, ANY_ROWS);
        pipeline.add(WRITE_EVENTS, statement -> {
            statement.setArray(1, connection.createArrayOf("bigint", ticketIds));
            statement.setArray(2, connection.createArrayOf("text", kinds));
            statement.setArray(3, connection.createArrayOf("text", times));
            statement.setArray(4, connection.createArrayOf("integer", counters));
            statement.setArray(5, connection.createArrayOf("text", clerks));
            statement.setArray(6, connection.createArrayOf("text", services));
            statement.setArray(7, connection.createArrayOf("text", notes));
        }, ANY_ROWS);
        pipeline.add(COMMIT, QueueSql.NOTHING, ANY_ROWS);
        pipeline.add(NOTIFY, QueueSql.NOTHING, ANY_ROWS);
        pipeline.flush();
        events.clear();
    }

    /**
     * After {@link #writeEventsAndCommit} threw: whether the commit had run (only the notification after it failed).
     * The driver knows from the server's last word: no transaction open any more.
     */
    boolean committed() {
        try {
            return super.connection().unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
        } catch (SQLException e) {
            return false;
        }
    }
}
