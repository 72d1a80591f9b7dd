package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import vn.motcua.core.queue.CallRecord;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.QueueWork;
import vn.motcua.core.queue.QuoteCheck;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.rating.Rating;

/**
 * The queue in SQLite. Every change is one {@code BEGIN IMMEDIATE} transaction on the writer connection
 * ({@link Database#write}), which serialises counters in this process with a lock and other processes with
 * SQLite's write lock; reads for polling screens run on reader snapshots alongside.
 *
 * <p>Queue changes commit with {@link Durability#NORMAL} (no fsync): issuing and calling happen every few
 * seconds at a busy office and a FULL commit costs about 1 ms of fsync. A power cut may lose the last changes
 * (never half of one); the citizens still hold their paper tickets and the clerk calls again, whereas a lost
 * dossier would be lost work, which is why dossiers are FULL. Configuration changes are rare and FULL.
 */
public final class SqliteQueueStore implements QueueStore {
    private final Database database;
    /** The configuration last read, with its revision: rereading it for every call would cost ~20 queries. */
    private final AtomicReference<Revision> cached = new AtomicReference<>(new Revision(-1,
            QueueConfiguration.unconfigured()));

    private record Revision(long number, QueueConfiguration configuration) {
    }

    public SqliteQueueStore(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public <T> T atomically(QueueWork<T> work) {
        Objects.requireNonNull(work, "work");
        return database.write(Durability.NORMAL,
                connection -> work.run(new SqliteQueueTransaction(connection, () -> configuration(connection))));
    }

    @Override
    public QueueConfiguration configuration() {
        return database.read(this::configuration);
    }

    /** Another desk or process may have changed it: the revision, one indexed read, tells. */
    private QueueConfiguration configuration(Connection connection) throws SQLException {
        long revision = QueueConfigurationRows.revision(connection);
        Revision known = cached.get();
        if (known.number() == revision) {
            return known.configuration();
        }
        QueueConfiguration configuration = QueueConfigurationRows.load(connection);
        cached.set(new Revision(revision, configuration));
        return configuration;
    }

    @Override
    public void replaceConfiguration(QueueConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        database.write(Durability.FULL, connection -> {
            QueueConfigurationRows.replace(connection, configuration);
            return null;
        });
    }

    @Override
    public boolean saveConfigurationIfEmpty(QueueConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return database.write(Durability.FULL, connection -> {
            if (!QueueConfigurationRows.isEmpty(connection)) {
                return false;
            }
            QueueConfigurationRows.replace(connection, configuration);
            return true;
        });
    }

    @Override
    public Optional<Ticket> ticket(TicketId id) {
        Objects.requireNonNull(id, "id");
        return database.read(connection -> ticket(connection, id));
    }

    @Override
    public List<TicketEvent> history(TicketId id) {
        return database.read(connection -> QueueSql.list(connection,
                "SELECT * FROM ticket_event WHERE ticket_id = ? ORDER BY id",
                statement -> statement.setLong(1, id.value()), SqliteQueueStore::event));
    }

    @Override
    public List<Ticket> waitingFor(Counter counter) {
        String services = String.join(", ", Collections.nCopies(counter.services().size(), "?"));
        String servicesClause = counter.services().isEmpty() ? "0" : "service_id IN (" + services + ")";
        return database.read(connection -> QueueSql.list(connection, TicketRows.SELECT
                + "WHERE status = 'WAITING' AND ((reserved_for IS NULL AND " + servicesClause
                + ") OR reserved_for = ?)" + TicketRows.QUEUE_ORDER, statement -> {
                    int i = 1;
                    for (ServiceId service : counter.services()) {
                        statement.setString(i++, service.value());
                    }
                    statement.setInt(i, counter.number());
                }, TicketRows::read));
    }

    @Override
    public List<CounterState> counterStates() {
        return database.read(connection -> QueueSql.list(connection,
                "SELECT * FROM queue_counter_state ORDER BY counter_number", QueueSql.NOTHING,
                SqliteQueueStore::counterState));
    }

    @Override
    public List<Ticket> activeTickets() {
        return database.read(connection -> QueueSql.list(connection,
                TicketRows.SELECT + "WHERE status IN ('CALLED', 'SERVING') ORDER BY held_by", QueueSql.NOTHING,
                TicketRows::read));
    }

    @Override
    public List<Ticket> parkedAt(int counter) {
        return database.read(connection -> QueueSql.list(connection,
                TicketRows.SELECT + "WHERE status = 'PARKED' AND held_by = ? ORDER BY id",
                statement -> statement.setInt(1, counter), TicketRows::read));
    }

    @Override
    public List<Ticket> tickets(LocalDate day, TicketStatus status) {
        return database.read(connection -> QueueSql.list(connection,
                TicketRows.SELECT + "WHERE day = ? AND status = ? ORDER BY id", statement -> {
                    statement.setString(1, day.toString());
                    statement.setString(2, status.name());
                }, TicketRows::read));
    }

    @Override
    public List<CallRecord> lastCalls(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return database.read(connection -> QueueSql.list(connection, """
                SELECT e.ticket_id, t.prefix, t.sequence, e.counter_number, e.at
                FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                WHERE e.kind = 'CALLED' ORDER BY e.id DESC LIMIT ?""", statement -> statement.setInt(1, limit),
                rows -> new CallRecord(new TicketId(rows.getLong(1)),
                        new TicketNumber(rows.getString(2), rows.getInt(3)), rows.getInt(4),
                        Columns.time(rows.getString(5)))));
    }

    @Override
    public List<QuoteCheck> quoteChecks(LocalDate day) {
        return database.read(connection -> QueueSql.list(connection, TicketRows.SELECT
                + "WHERE day = ? AND walk_in = 0 AND people_ahead IS NOT NULL AND status <> 'CANCELLED' ORDER BY id",
                statement -> statement.setString(1, day.toString()), TicketRows::read)).stream()
                .map(ticket -> new QuoteCheck(ticket.id(), ticket.service(), ticket.quote().orElseThrow(),
                        ticket.issuedAt(), ticket.firstCalledAt()))
                .toList();
    }

    @Override
    public List<Rating> ratings(int counter, LocalDateTime from) {
        Objects.requireNonNull(from, "from");
        return database.read(connection -> RatingRows.ofCounter(connection, counter, from));
    }

    static Optional<Ticket> ticket(Connection connection, TicketId id) throws SQLException {
        return QueueSql.first(connection, TicketRows.SELECT + "WHERE id = ?",
                statement -> statement.setLong(1, id.value()), TicketRows::read);
    }

    static CounterState counterState(Connection connection, int counter) throws SQLException {
        return QueueSql.first(connection, "SELECT * FROM queue_counter_state WHERE counter_number = ?",
                statement -> statement.setInt(1, counter), SqliteQueueStore::counterState)
                .orElseGet(() -> CounterState.initial(counter));
    }

    private static CounterState counterState(ResultSet rows) throws SQLException {
        return new CounterState(rows.getInt("counter_number"), rows.getInt("paused") == 1,
                rows.getInt("normals_since_priority"));
    }

    private static TicketEvent event(ResultSet rows) throws SQLException {
        OptionalInt counter = QueueSql.optionalInt(rows, "counter_number");
        return new TicketEvent(new TicketId(rows.getLong("ticket_id")), TicketEventKind.valueOf(rows.getString("kind")),
                Columns.time(rows.getString("at")), counter, Optional.ofNullable(rows.getString("clerk")),
                new ServiceId(rows.getString("service_id")), rows.getString("note"));
    }
}
