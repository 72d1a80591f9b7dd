package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import vn.motcua.core.queue.CallRecord;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QuoteCheck;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.queue.TicketStatus;

/**
 * The queue store's read-only queries, shared by the SQLite and PostgreSQL stores: each takes the connection the
 * store lends it. Also keeps the configuration last read with its revision, since rereading it for every call
 * would cost some twenty queries.
 */
public final class SqlQueueReads {
    private final SqlDialect dialect;
    private final TicketRows tickets;
    private final QueueConfigurationRows configurations;
    private final RatingRows ratings;
    private final AtomicReference<Revision> cached = new AtomicReference<>(Revision.NONE);

    /** A configuration as read, with the revision it was read at. */
    public record Revision(long number, QueueConfiguration configuration) {
        static final Revision NONE = new Revision(-1, QueueConfiguration.unconfigured());
    }

    public SqlQueueReads(SqlDialect dialect) {
        this.dialect = dialect;
        this.tickets = new TicketRows(dialect);
        this.configurations = new QueueConfigurationRows(dialect);
        this.ratings = new RatingRows(dialect);
    }

    public QueueConfigurationRows configurations() {
        return configurations;
    }

    /** The stored keypad presses: per counter for the unhappy alert, per dossier for the provincial sync. */
    public RatingRows ratings() {
        return ratings;
    }

    /**
     * The configuration last read, if one was: a store may use it at once and have the server check its revision
     * with the transaction's next statement.
     */
    public Optional<Revision> lastRead() {
        Revision known = cached.get();
        return known.number() >= 1 ? Optional.of(known) : Optional.empty();
    }

    /** Reads the configuration afresh next time (its revision was found changed). */
    public void forgetConfiguration() {
        cached.set(Revision.NONE);
    }

    /** Another desk or process may have changed it: the revision, one indexed read, tells. */
    public QueueConfiguration configuration(Connection connection) throws SQLException {
        long revision = configurations.revision(connection);
        Revision known = cached.get();
        if (known.number() == revision) {
            return known.configuration();
        }
        QueueConfiguration configuration = configurations.load(connection);
        cached.set(new Revision(revision, configuration));
        return configuration;
    }

    public Optional<Ticket> ticket(Connection connection, TicketId id) throws SQLException {
        return QueueSql.first(connection, TicketRows.SELECT + "WHERE id = ?",
                statement -> statement.setLong(1, id.value()), tickets::read);
    }

    public List<TicketEvent> history(Connection connection, TicketId id) throws SQLException {
        return QueueSql.list(connection, "SELECT * FROM ticket_event WHERE ticket_id = ? ORDER BY id",
                statement -> statement.setLong(1, id.value()), this::event);
    }

    public List<Ticket> waitingFor(Connection connection, Counter counter) throws SQLException {
        String services = String.join(", ", Collections.nCopies(counter.services().size(), "?"));
        String servicesClause = counter.services().isEmpty() ? "FALSE" : "service_id IN (" + services + ")";
        return QueueSql.list(connection, TicketRows.SELECT + "WHERE status = 'WAITING' AND ((reserved_for IS NULL AND "
                + servicesClause + ") OR reserved_for = ?)" + TicketRows.QUEUE_ORDER, statement -> {
                    int i = 1;
                    for (ServiceId service : counter.services()) {
                        statement.setString(i++, service.value());
                    }
                    statement.setInt(i, counter.number());
                }, tickets::read);
    }

    public List<CounterState> counterStates(Connection connection) throws SQLException {
        return QueueSql.list(connection, "SELECT * FROM queue_counter_state ORDER BY counter_number",
                QueueSql.NOTHING, this::counterState);
    }

    public List<Ticket> activeTickets(Connection connection) throws SQLException {
        return QueueSql.list(connection,
                TicketRows.SELECT + "WHERE status IN ('CALLED', 'SERVING') ORDER BY held_by", QueueSql.NOTHING,
                tickets::read);
    }

    public List<Ticket> parkedAt(Connection connection, int counter) throws SQLException {
        return QueueSql.list(connection, TicketRows.SELECT + "WHERE status = 'PARKED' AND held_by = ? ORDER BY id",
                statement -> statement.setInt(1, counter), tickets::read);
    }

    public List<Ticket> tickets(Connection connection, LocalDate day, TicketStatus status) throws SQLException {
        return QueueSql.list(connection, TicketRows.SELECT + "WHERE day = ? AND status = ? ORDER BY id", statement -> {
            dialect.setDay(statement, 1, day);
            statement.setString(2, status.name());
        }, tickets::read);
    }

    public List<CallRecord> lastCalls(Connection connection, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return QueueSql.list(connection, """
                SELECT e.ticket_id, t.prefix, t.sequence, e.counter_number, e.at
                FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                WHERE e.kind = 'CALLED' ORDER BY e.id DESC LIMIT ?""", statement -> statement.setInt(1, limit),
                rows -> new CallRecord(new TicketId(rows.getLong("ticket_id")),
                        new TicketNumber(rows.getString("prefix"), rows.getInt("sequence")),
                        rows.getInt("counter_number"), dialect.time(rows, "at")));
    }

    public List<QuoteCheck> quoteChecks(Connection connection, LocalDate day) throws SQLException {
        return QueueSql.list(connection, TicketRows.SELECT
                + "WHERE day = ? AND NOT walk_in AND people_ahead IS NOT NULL AND status <> 'CANCELLED' ORDER BY id",
                statement -> dialect.setDay(statement, 1, day), tickets::read).stream()
                .map(ticket -> new QuoteCheck(ticket.id(), ticket.service(), ticket.quote().orElseThrow(),
                        ticket.issuedAt(), ticket.firstCalledAt()))
                .toList();
    }

    public List<LoggedEvent> eventsAfter(Connection connection, long cursor, int limit) throws SQLException {
        return eventsAfter(connection, cursor, Long.MAX_VALUE, limit);
    }

    /** The events after {@code cursor} up to {@code upTo} (a line below which the log is final), oldest first. */
    public List<LoggedEvent> eventsAfter(Connection connection, long cursor, long upTo, int limit)
            throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return QueueSql.list(connection, """
                SELECT e.*, t.prefix, t.sequence FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                WHERE e.id > ? AND e.id <= ? ORDER BY e.id LIMIT ?""", statement -> {
                    statement.setLong(1, cursor);
                    statement.setLong(2, upTo);
                    statement.setInt(3, limit);
                }, rows -> new LoggedEvent(rows.getLong("id"), event(rows),
                        new TicketNumber(rows.getString("prefix"), rows.getInt("sequence"))));
    }

    public static CounterState counterState(ResultSet rows, SqlDialect dialect) throws SQLException {
        return new CounterState(rows.getInt("counter_number"), dialect.flag(rows, "paused"),
                rows.getInt("normals_since_priority"));
    }

    private CounterState counterState(ResultSet rows) throws SQLException {
        return counterState(rows, dialect);
    }

    private TicketEvent event(ResultSet rows) throws SQLException {
        OptionalInt counter = QueueSql.optionalInt(rows, "counter_number");
        return new TicketEvent(new TicketId(rows.getLong("ticket_id")), TicketEventKind.valueOf(rows.getString("kind")),
                dialect.time(rows, "at"), counter, Optional.ofNullable(rows.getString("clerk")),
                new ServiceId(rows.getString("service_id")), rows.getString("note"));
    }
}
