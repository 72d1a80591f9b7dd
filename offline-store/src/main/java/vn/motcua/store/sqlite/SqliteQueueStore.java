package vn.motcua.store.sqlite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.queue.CallRecord;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.QueueWork;
import vn.motcua.core.queue.QuoteCheck;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.rating.Rating;
import vn.motcua.store.sql.SqlQueueReads;
import vn.motcua.store.sql.SqlQueueTransaction;

/**
 * The queue in SQLite. Every change is one {@code BEGIN IMMEDIATE} transaction on the writer connection
 * ({@link Database#write}), which serialises counters in this process with a lock and other processes with
 * SQLite's write lock; reads for polling screens run on reader snapshots alongside. The queries are shared with
 * the PostgreSQL store of centre mode ({@link SqlQueueTransaction}, {@link SqlQueueReads}).
 *
 * <p>Queue changes commit with {@link Durability#NORMAL} (no fsync): issuing and calling happen every few
 * seconds at a busy office and a FULL commit costs about 1 ms of fsync. A power cut may lose the last changes
 * (never half of one); the citizens still hold their paper tickets and the clerk calls again, whereas a lost
 * dossier would be lost work, which is why dossiers are FULL. Configuration changes are rare and FULL.
 */
public final class SqliteQueueStore implements QueueStore {
    private final Database database;
    private final SqlQueueReads reads = new SqlQueueReads(SqliteDialect.INSTANCE);

    public SqliteQueueStore(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public <T> T atomically(QueueWork<T> work) {
        Objects.requireNonNull(work, "work");
        return database.write(Durability.NORMAL, connection -> work.run(new SqliteQueueTransaction(connection,
                () -> reads.configuration(connection))));
    }

    @Override
    public QueueConfiguration configuration() {
        return database.read(reads::configuration);
    }

    @Override
    public void replaceConfiguration(QueueConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        database.write(Durability.FULL, connection -> {
            reads.configurations().replace(connection, configuration);
            return null;
        });
    }

    @Override
    public boolean saveConfigurationIfEmpty(QueueConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return database.write(Durability.FULL, connection -> {
            if (!reads.configurations().isEmpty(connection)) {
                return false;
            }
            reads.configurations().replace(connection, configuration);
            return true;
        });
    }

    @Override
    public Optional<Ticket> ticket(TicketId id) {
        Objects.requireNonNull(id, "id");
        return database.read(connection -> reads.ticket(connection, id));
    }

    @Override
    public List<TicketEvent> history(TicketId id) {
        return database.read(connection -> reads.history(connection, id));
    }

    @Override
    public List<Ticket> waitingFor(Counter counter) {
        return database.read(connection -> reads.waitingFor(connection, counter));
    }

    @Override
    public List<CounterState> counterStates() {
        return database.read(reads::counterStates);
    }

    @Override
    public List<Ticket> activeTickets() {
        return database.read(reads::activeTickets);
    }

    @Override
    public List<Ticket> parkedAt(int counter) {
        return database.read(connection -> reads.parkedAt(connection, counter));
    }

    @Override
    public List<Ticket> tickets(LocalDate day, TicketStatus status) {
        return database.read(connection -> reads.tickets(connection, day, status));
    }

    @Override
    public List<CallRecord> lastCalls(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return database.read(connection -> reads.lastCalls(connection, limit));
    }

    @Override
    public List<QuoteCheck> quoteChecks(LocalDate day) {
        return database.read(connection -> reads.quoteChecks(connection, day));
    }

    /** Event ids are max + 1 under the write lock: they rise in commit order. */
    @Override
    public List<LoggedEvent> eventsAfter(long cursor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return database.read(connection -> reads.eventsAfter(connection, cursor, limit));
    }

    @Override
    public List<Rating> ratings(int counter, LocalDateTime from) {
        Objects.requireNonNull(from, "from");
        return database.read(connection -> RatingRows.ofCounter(connection, counter, from));
    }
}
