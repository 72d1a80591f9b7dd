package vn.motcua.centre;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.CallRecord;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.queue.QueueWork;
import vn.motcua.core.queue.QuoteCheck;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.rating.DossierRatings;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.store.StoreException;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.QueueStatisticsRows;
import vn.motcua.store.sql.SqlQueueReads;
import vn.motcua.store.sql.SqlQueueTransaction;

/**
 * The queue of a service centre on its shared PostgreSQL server (centre mode): the same rules and queries as the
 * single-PC SQLite store, run by every kiosk, counter and board of the centre at once.
 *
 * <p>Every change is one short READ COMMITTED transaction on a pooled connection ({@link PostgresQueueTransaction}
 * says what it locks). A transaction that loses a deadlock or a serialisation race is run again, and so is one whose
 * pooled connection turned out dead before it committed (the server restarted since): nothing of it was stored.
 *
 * <p>When the server or the LAN is away every method throws {@link QueueUnavailableException} within the connect
 * timeout, and works again once the server is back: the pool opens fresh connections. Should the connection break
 * during the commit itself, the change may or may not be stored; the exception says so and the counter's state,
 * read again later, tells which. What was committed is never lost (PostgreSQL's own durability).
 */
public final class PostgresQueueStore implements QueueStore, DossierRatings, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresQueueStore.class);
    private static final int ATTEMPTS = 5;

    private final HikariDataSource pool;
    private final SqlQueueReads reads = new SqlQueueReads(PostgresDialect.INSTANCE);
    private final QueueStatisticsRows statistics = new QueueStatisticsRows(PostgresDialect.INSTANCE);
    private final EventHorizon horizon = new EventHorizon();
    private volatile boolean schemaChecked;

    private PostgresQueueStore(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Does not connect yet: a desk opens while the server is away, and the queue works once it is back. */
    public static PostgresQueueStore open(CentreSettings settings) {
        Objects.requireNonNull(settings, "settings");
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua-centre");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setDataSourceProperties(CentreConnections.properties(settings));
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize()); // a fixed-size pool, as HikariCP advises
        long connectMillis = Math.max(500, settings.connectTimeout().toMillis());
        config.setConnectionTimeout(connectMillis);
        config.setValidationTimeout(Math.max(250, Math.min(1_000, connectMillis / 2)));
        config.setInitializationFailTimeout(-1);
        config.setKeepaliveTime(60_000);
        return new PostgresQueueStore(new HikariDataSource(config));
    }

    @Override
    public <T> T atomically(QueueWork<T> work) {
        Objects.requireNonNull(work, "work");
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = borrow()) {
                PostgresQueueTransaction transaction = new PostgresQueueTransaction(connection,
                        () -> reads.configuration(connection), reads.lastRead());
                T result;
                try {
                    result = work.run(transaction);
                } catch (SqlQueueTransaction.QueueSqlException e) {
                    rollbackQuietly(connection);
                    if (attempt < ATTEMPTS && retryable(e.sqlCause())) {
                        reads.forgetConfiguration(); // it may be why
                        continue;
                    }
                    throw translate(e.sqlCause(), false);
                } catch (RuntimeException e) {
                    rollbackQuietly(connection);
                    throw e;
                }
                try {
                    transaction.writeEventsAndCommit();
                } catch (SQLException e) {
                    boolean mayBeStored = connectionLost(e);
                    if (!mayBeStored && transaction.committed()) {
                        LOG.debug("A queue change committed but its notification failed: {}", e.getSQLState());
                        return result;
                    }
                    rollbackQuietly(connection);
                    if (!mayBeStored && attempt < ATTEMPTS && retryable(e)) {
                        reads.forgetConfiguration(); // it may be why
                        continue;
                    }
                    throw translate(e, mayBeStored);
                }
                return result;
            } catch (SQLException e) {
                // closing the connection failed: the pool drops it; the outcome above stands
                LOG.debug("A centre connection did not close cleanly: {}", e.getSQLState());
                throw translate(e, true);
            }
        }
    }

    @Override
    public QueueConfiguration configuration() {
        return read(reads::configuration);
    }

    @Override
    public void replaceConfiguration(QueueConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        changeConfiguration(configuration, false);
    }

    @Override
    public boolean saveConfigurationIfEmpty(QueueConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return changeConfiguration(configuration, true);
    }

    /** The office row is locked first, so two administrators saving at once take turns. */
    private boolean changeConfiguration(QueueConfiguration configuration, boolean onlyIfEmpty) {
        return atomically(transaction -> {
            PostgresQueueTransaction tx = (PostgresQueueTransaction) transaction;
            try {
                Connection connection = tx.connection();
                tx.lockConfiguration();
                if (onlyIfEmpty && !reads.configurations().isEmpty(connection)) {
                    return false;
                }
                reads.configurations().replace(connection, configuration);
                return true;
            } catch (SQLException e) {
                throw new SqlQueueTransaction.QueueSqlException("Saving the queue configuration failed", e);
            }
        });
    }

    @Override
    public Optional<Ticket> ticket(TicketId id) {
        Objects.requireNonNull(id, "id");
        return read(connection -> reads.ticket(connection, id));
    }

    @Override
    public List<TicketEvent> history(TicketId id) {
        return read(connection -> reads.history(connection, id));
    }

    @Override
    public List<Ticket> waitingFor(Counter counter) {
        return read(connection -> reads.waitingFor(connection, counter));
    }

    @Override
    public List<CounterState> counterStates() {
        return read(reads::counterStates);
    }

    @Override
    public List<Ticket> activeTickets() {
        return read(reads::activeTickets);
    }

    @Override
    public List<Ticket> parkedAt(int counter) {
        return read(connection -> reads.parkedAt(connection, counter));
    }

    @Override
    public List<Ticket> tickets(LocalDate day, TicketStatus status) {
        return read(connection -> reads.tickets(connection, day, status));
    }

    @Override
    public List<CallRecord> lastCalls(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return read(connection -> reads.lastCalls(connection, limit));
    }

    @Override
    public List<QuoteCheck> quoteChecks(LocalDate day) {
        return read(connection -> reads.quoteChecks(connection, day));
    }

    /** Every counter's presses are on the server: a supervisor's PC reads any counter's. */
    @Override
    public List<Rating> ratings(int counter, LocalDateTime from) {
        Objects.requireNonNull(from, "from");
        return read(connection -> reads.ratings().ofCounter(connection, counter, from));
    }

    /**
     * For the provincial sync of the desk that took the dossier in: the link to its ticket is in that desk's store,
     * the ratings here.
     */
    @Override
    public List<Rating> ofDossier(DossierCode dossier, Optional<TicketId> takenInOn) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(takenInOn, "takenInOn");
        return read(connection -> reads.ratings().ofDossier(connection, dossier, takenInOn));
    }

    @Override
    public List<LoggedEvent> eventsAfter(long cursor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        long upTo = settledLine();
        return read(connection -> reads.eventsAfter(connection, cursor, upTo, limit));
    }

    /**
     * The whole centre's tickets (with their services) and ratings of a period, for the supervisor's statistics; no
     * dossiers (each desk keeps its own, see {@link CentreStatistics}). Read in one REPEATABLE READ, READ ONLY
     * transaction, so the tickets, their events and the ratings are one snapshot of the centre.
     */
    public StatisticsRecords statisticsRecords(Period period) {
        Objects.requireNonNull(period, "period");
        return readOnlySnapshot(connection -> statistics.read(connection, period));
    }

    /**
     * Several reads in one read-only snapshot (REPEATABLE READ): what {@link CentreStatistics} needs to tell which
     * days it kept are still current and to read the others, all as of one instant. Retried on a fresh connection
     * like every read; throws {@link QueueUnavailableException} while the server is away.
     */
    <T> T readOnlySnapshot(Read<T> reads) {
        Objects.requireNonNull(reads, "reads");
        return read(connection -> {
            QueueSql.execute(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                    QueueSql.NOTHING);
            return reads.run(connection);
        });
    }

    /**
     * A short write of the centre's statistics read model (not the queue: no events, no counter lock), committed;
     * retried like every change when it loses a race or its pooled connection turned out dead.
     */
    <T> T inTransaction(Read<T> work) {
        Objects.requireNonNull(work, "work");
        return run(work, true);
    }

    /**
     * The id up to which the log is final (0 before the first event): a board that starts now reads on from here.
     * Events still being committed when it is read come after it.
     */
    public long lastEventId() {
        return settledLine();
    }

    /** Each look in a transaction of its own (rolled back): a second one settles what the first saw, if it can. */
    private long settledLine() {
        if (read(horizon::look)) {
            read(horizon::look);
        }
        return horizon.settled();
    }

    /**
     * Waits until the pool holds all its connections, at most {@code patience}: the pool opens them in the
     * background, each with a password exchange that costs the server and the desk a few milliseconds of work, and
     * until then a busy desk's changes wait for one. For a desk that must answer at full speed from its first
     * change (and for the benchmarks). Returns whether the pool is full.
     */
    public boolean awaitAllConnections(java.time.Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        var pool = this.pool.getHikariPoolMXBean();
        while (pool.getTotalConnections() < this.pool.getMaximumPoolSize()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(10));
        }
        return true;
    }

    /** Whether the server answers now (a quick round trip); never throws. */
    public boolean reachable() {
        try {
            read(connection -> QueueSql.count(connection, "SELECT 1", QueueSql.NOTHING));
            return true;
        } catch (QueueUnavailableException e) {
            return false;
        }
    }

    @FunctionalInterface
    interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> query) {
        return run(query, false);
    }

    /** Runs the work in a transaction of its own, committed or rolled back, again on a lost race or connection. */
    private <T> T run(Read<T> work, boolean commit) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = borrow()) {
                try {
                    T result = work.run(connection);
                    if (commit) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    return result;
                } catch (SQLException e) {
                    rollbackQuietly(connection);
                    if (attempt < ATTEMPTS && retryable(e)) {
                        continue;
                    }
                    throw translate(e, false);
                }
            } catch (SQLException e) {
                throw translate(e, false);
            }
        }
    }

    /** A connection from the pool, on a database whose schema this desk can use. */
    private Connection borrow() {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw unavailable("The centre's queue server cannot be reached (" + reason(e) + ")", e);
        }
        if (!schemaChecked) {
            try {
                int version = CentreSchema.currentVersion(connection);
                connection.rollback();
                if (version < CentreSchema.latestVersion()) {
                    closeQuietly(connection);
                    throw new QueueUnavailableException("The centre database has schema version " + version
                            + " and this desk needs " + CentreSchema.latestVersion()
                            + ": the administrator runs the migration (docs/centre-mode.md)", null);
                }
                schemaChecked = true;
            } catch (SQLException e) {
                closeQuietly(connection);
                throw unavailable("The centre's queue server cannot be read (" + reason(e) + ")", e);
            }
        }
        return connection;
    }

    /**
     * Run again: a lost deadlock or serialisation race, or a connection that broke before anything was committed
     * (a pooled connection the server dropped on restart); the next attempt gets a fresh one.
     */
    private static boolean retryable(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.equals("40001") || state.equals("40P01") || connectionLost(e);
    }

    static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.io.IOException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }

    private RuntimeException translate(SQLException e, boolean duringCommit) {
        String state = String.valueOf(e.getSQLState());
        if (connectionLost(e)) {
            return unavailable(duringCommit
                    ? "The connection to the centre's queue server broke while committing: the change may or may "
                            + "not be stored (" + reason(e) + ")"
                    : "The centre's queue server went away; nothing was stored (" + reason(e) + ")", e);
        }
        if (state.equals("55P03") || state.equals("57014")) {
            return unavailable("The centre's queue server is too busy to answer in time (" + reason(e) + ")", e);
        }
        return new StoreException("Queue store transaction failed: " + e.getMessage(), e);
    }

    private static QueueUnavailableException unavailable(String message, SQLException cause) {
        LOG.debug("{}", message);
        return new QueueUnavailableException(message, cause);
    }

    /** The SQL state and class: server messages can quote values, never logged here. */
    private static String reason(SQLException e) {
        return "SQL state " + e.getSQLState() + ", " + e.getClass().getSimpleName();
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback on a broken centre connection: {}", e.getSQLState());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a centre connection: {}", e.getSQLState());
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
