package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.NewTicket;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueTransaction;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.store.StoreException;

/**
 * One queue change on one connection inside an open transaction, for both stores. What it reads and then changes
 * cannot change under it: under SQLite because the write lock (BEGIN IMMEDIATE) is held from the first read; under
 * PostgreSQL because the rows are read {@link SqlDialect#lockRows locked}, lane heads
 * {@link SqlDialect#lockRowsSkippingLocked skipping the rows} another counter is calling at that instant, and the
 * subclass locks the counter ({@link #lockCounter}).
 *
 * <p>A new write of the queue goes here, once, with its table in both stores' migrations (as ratings did).
 */
public class SqlQueueTransaction implements QueueTransaction {
    private static final String ADVANCE_NUMBER = """
            INSERT INTO ticket_sequence (prefix, day, last_issued) VALUES (?, ?, 1)
            ON CONFLICT (prefix, day) DO UPDATE SET last_issued = ticket_sequence.last_issued + 1
            RETURNING last_issued""";
    private static final String LANE_HEAD = TicketRows.SELECT
            + "WHERE status = 'WAITING' AND reserved_for IS NULL AND service_id = ? AND priority_group = ?"
            + TicketRows.QUEUE_ORDER + " LIMIT 1";
    private static final String RESERVED_HEAD = TicketRows.SELECT
            + "WHERE status = 'WAITING' AND reserved_for = ? AND priority_group = ?" + TicketRows.QUEUE_ORDER
            + " LIMIT 1";
    private static final String SAVE_STATE = """
            INSERT INTO queue_counter_state (counter_number, paused, normals_since_priority) VALUES (?, ?, ?)
            ON CONFLICT (counter_number) DO UPDATE SET
                paused = excluded.paused, normals_since_priority = excluded.normals_since_priority""";
    /** A counter's state by its number. */
    protected static final String COUNTER_STATE = "SELECT * FROM queue_counter_state WHERE counter_number = ?";
    /** Without id: the store gives it ({@link #insertEvent}). */
    protected static final String EVENT_COLUMNS = "ticket_id, kind, at, counter_number, clerk, service_id, note";

    private final Connection connection;
    private final SqlDialect dialect;
    private final TicketRows tickets;
    private final RatingRows ratings;
    private final SqlCall<QueueConfiguration> configurationSource;
    private QueueConfiguration configuration;

    public SqlQueueTransaction(Connection connection, SqlDialect dialect,
            SqlCall<QueueConfiguration> configurationSource) {
        this.connection = connection;
        this.dialect = dialect;
        this.tickets = new TicketRows(dialect);
        this.ratings = new RatingRows(dialect);
        this.configurationSource = configurationSource;
    }

    @FunctionalInterface
    public interface SqlCall<T> {
        T run() throws SQLException;
    }

    protected static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new QueueSqlException("Queue store transaction failed: " + e.getMessage(), e);
        }
    }

    /** A statement of the transaction failed; the store decides what it means (unavailable, retry, bug). */
    public static final class QueueSqlException extends StoreException {
        private static final long serialVersionUID = 1L;

        public QueueSqlException(String message, SQLException cause) {
            super(message, cause);
        }

        public SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }

    /** The transaction's connection, for a statement of its own: a store sends what it deferred first. */
    public Connection connection() {
        return connection;
    }

    /**
     * Runs a query of this transaction. A store may send the statements it {@link #write deferred} in front of it, in
     * the same round trip.
     */
    protected <T> List<T> query(String sql, QueueSql.Binder binder, QueueSql.RowMapper<T> mapper) throws SQLException {
        return QueueSql.list(connection, sql, binder, mapper);
    }

    /** The ticket a counter is calling or serving, locked, by the counter's number. */
    protected final String activeTicketSql() {
        return TicketRows.SELECT + "WHERE held_by = ? AND status IN ('CALLED', 'SERVING')" + dialect.lockRows();
    }

    private <T> Optional<T> first(String sql, QueueSql.Binder binder, QueueSql.RowMapper<T> mapper)
            throws SQLException {
        return query(sql, binder, mapper).stream().findFirst();
    }

    private int count(String sql, QueueSql.Binder binder) throws SQLException {
        return first(sql, binder, rows -> rows.getInt(1)).orElseThrow();
    }

    /**
     * A write whose outcome the transaction needs only at commit: it must change {@code expectedRows} rows
     * ({@link #ANY_ROWS}: any number), else the transaction fails. A store may defer it to its next statement, at the
     * latest the commit, in the same round trip; what the transaction reads afterwards includes it either way.
     */
    protected void write(String sql, QueueSql.Binder binder, int expectedRows) throws SQLException {
        checkWritten(sql, expectedRows, QueueSql.execute(connection, sql, binder));
    }

    protected static final int ANY_ROWS = -1;

    protected static void checkWritten(String sql, int expectedRows, int written) {
        if (expectedRows != ANY_ROWS && written != expectedRows) {
            throw new StoreException("Expected " + expectedRows + " row(s) changed, found " + written + ": "
                    + sql.substring(0, Math.min(40, sql.length())));
        }
    }

    protected final SqlDialect dialect() {
        return dialect;
    }

    /**
     * Keeps other transactions from acting for the same counter until this one ends (two PCs set to one counter
     * number, a double press). Nothing where writers are serialised anyway.
     */
    protected void lockCounter(int counter) throws SQLException {
    }

    /** Read once per transaction: it cannot change while the transaction is open. */
    @Override
    public QueueConfiguration configuration() {
        if (configuration == null) {
            configuration = unchecked(configurationSource);
        }
        return configuration;
    }

    @Override
    public CounterState counterState(int counter) {
        return unchecked(() -> first(COUNTER_STATE, statement -> statement.setInt(1, counter),
                rows -> SqlQueueReads.counterState(rows, dialect)).orElseGet(() -> CounterState.initial(counter)));
    }

    @Override
    public void saveCounterState(CounterState state) {
        unchecked(() -> {
            lockCounter(state.counter());
            write(SAVE_STATE, statement -> {
                statement.setInt(1, state.counter());
                dialect.setFlag(statement, 2, state.paused());
                statement.setInt(3, state.normalsSincePriority());
            }, 1);
            return null;
        });
    }

    @Override
    public Optional<Ticket> ticket(TicketId id) {
        return unchecked(() -> first(TicketRows.SELECT + "WHERE id = ?" + dialect.lockRows(),
                statement -> statement.setLong(1, id.value()), tickets::read));
    }

    @Override
    public Optional<Ticket> activeTicketAt(int counter) {
        return unchecked(() -> {
            lockCounter(counter);
            return first(activeTicketSql(), statement -> statement.setInt(1, counter), tickets::read);
        });
    }

    @Override
    public List<Ticket> heads(Counter counter) {
        String skippingLocked = dialect.lockRowsSkippingLocked();
        return unchecked(() -> {
            List<Ticket> heads = new ArrayList<>();
            for (PriorityGroup group : PriorityGroup.values()) {
                for (ServiceId service : counter.services()) {
                    first(LANE_HEAD + skippingLocked, statement -> {
                        statement.setString(1, service.value());
                        statement.setString(2, group.name());
                    }, tickets::read).ifPresent(heads::add);
                }
                first(RESERVED_HEAD + skippingLocked, statement -> {
                    statement.setInt(1, counter.number());
                    statement.setString(2, group.name());
                }, tickets::read).ifPresent(heads::add);
            }
            return heads;
        });
    }

    @Override
    public List<Ticket> ticketsNumbered(TicketNumber number) {
        return unchecked(() -> query(TicketRows.SELECT
                + "WHERE prefix = ? AND sequence = ? ORDER BY day DESC, id DESC" + dialect.lockRows(), statement -> {
                    statement.setString(1, number.prefix());
                    statement.setInt(2, number.sequence());
                }, tickets::read));
    }

    @Override
    public List<Ticket> unfinishedUpTo(LocalDate day) {
        return unchecked(() -> query(TicketRows.SELECT
                + "WHERE day <= ? AND status NOT IN ('FINISHED', 'CANCELLED', 'CLOSED') ORDER BY id"
                + dialect.lockRows(), statement -> dialect.setDay(statement, 1, day), tickets::read));
    }

    @Override
    public int issuedCount(ServiceId service, LocalDate day) {
        return unchecked(() -> count(
                "SELECT count(*) FROM ticket WHERE service_id = ? AND day = ? AND NOT walk_in AND status <> 'CANCELLED'",
                statement -> {
                    statement.setString(1, service.value());
                    dialect.setDay(statement, 2, day);
                }));
    }

    @Override
    public int waitingCount(ServiceId service, Set<PriorityGroup> groups) {
        String in = groups.stream().map(group -> "'" + group.name() + "'").collect(Collectors.joining(", "));
        return unchecked(() -> count( "SELECT count(*) FROM ticket WHERE status = 'WAITING' "
                + "AND reserved_for IS NULL AND service_id = ? AND priority_group IN (" + in + ")",
                statement -> statement.setString(1, service.value())));
    }

    @Override
    public List<Duration> recentServiceTimes(ServiceId service, int limit) {
        return unchecked(() -> query(
                "SELECT seconds FROM queue_service_time WHERE service_id = ? ORDER BY finished_at DESC, id DESC LIMIT ?",
                statement -> {
                    statement.setString(1, service.value());
                    statement.setInt(2, limit);
                }, rows -> Duration.ofSeconds(rows.getLong(1))));
    }

    /**
     * One upsert: the row stays locked (SQLite: the database) until the transaction ends, so no other thread or
     * process can read the same last number.
     */
    @Override
    public int nextNumber(String prefix, LocalDate day) {
        return unchecked(() -> first(ADVANCE_NUMBER, statement -> {
            statement.setString(1, prefix);
            dialect.setDay(statement, 2, day);
        }, rows -> rows.getInt(1)).orElseThrow(() -> new SQLException("The ticket sequence upsert returned no row")));
    }

    @Override
    public Ticket insert(NewTicket ticket) {
        return unchecked(() -> {
            Ticket stored = ticket.withId(new TicketId(dialect.nextTicketId(connection())));
            write(TicketRows.INSERT, statement -> tickets.bind(statement, stored), 1);
            return stored;
        });
    }

    @Override
    public void update(Ticket ticket) {
        unchecked(() -> {
            write(TicketRows.UPDATE, statement -> tickets.bind(statement, ticket), 1);
            return null;
        });
    }

    @Override
    public void record(TicketEvent event) {
        unchecked(() -> {
            insertEvent(event);
            return null;
        });
    }

    /** Stores the event with the next id of the log; ids must rise in commit order ({@link SqlQueueReads#eventsAfter}). */
    protected void insertEvent(TicketEvent event) throws SQLException {
        write("INSERT INTO ticket_event (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                statement -> bindEvent(statement, 1, event), 1);
    }

    /** Binds the {@link #EVENT_COLUMNS} from {@code start}; returns the next index. */
    protected final int bindEvent(java.sql.PreparedStatement statement, int start, TicketEvent event)
            throws SQLException {
        int i = start;
        statement.setLong(i++, event.ticket().value());
        statement.setString(i++, event.kind().name());
        dialect.setTime(statement, i++, event.at());
        QueueSql.setOptionalInt(statement, i++, event.counter());
        statement.setString(i++, event.clerk().orElse(null));
        statement.setString(i++, event.service().value());
        statement.setString(i++, event.note());
        return i;
    }

    @Override
    public void recordServiceTime(ServiceId service, LocalDateTime finishedAt, Duration serviceTime) {
        unchecked(() -> {
            write("INSERT INTO queue_service_time (service_id, finished_at, seconds) VALUES (?, ?, ?)", statement -> {
                statement.setString(1, service.value());
                dialect.setTime(statement, 2, finishedAt);
                statement.setLong(3, Math.max(0, serviceTime.toSeconds()));
            }, 1);
            return null;
        });
    }

    /**
     * The press in the {@code rating} table, in this transaction: an accepted rating of a ticket commits with its
     * {@code RATED} event or not at all. Where its dossiers are queued for the province is the desk's own outbox
     * (the SQLite store does it in this transaction; in centre mode the desk does it after the commit).
     */
    @Override
    public Rating recordRating(NewRating rating) {
        return unchecked(() -> ratings.insert(connection(), rating));
    }

    @Override
    public Optional<Rating> ratingOfPress(java.util.UUID press) {
        return unchecked(() -> ratings.ofPress(connection(), press));
    }

    @Override
    public Optional<Rating> giveRatingReason(long ratingId, String reason) {
        return unchecked(() -> ratings.giveReason(connection(), ratingId, reason));
    }
}
