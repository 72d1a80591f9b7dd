package vn.motcua.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import vn.motcua.store.StoreException;

/**
 * The one SQLite file of a data directory, shared safely by many threads.
 *
 * <p>Threading: one <em>writer</em> connection behind a lock plus a small fixed pool of <em>reader</em>
 * connections. SQLite allows a single writer at a time anyway, so serialising writers on a Java lock
 * costs nothing and keeps this process's threads out of SQLite's sleep-and-retry busy handler (whose
 * millisecond sleeps would dominate short transactions); the busy timeout is then only spent waiting for
 * <em>other processes</em>. WAL mode lets the readers run alongside the writer on their own snapshots.
 * A connection per thread was rejected: executor threads come and go, so connections would leak and
 * could not all be closed by {@link #close()}; one shared connection was rejected because a JDBC
 * connection is not safe for concurrent use and readers would queue behind every write.
 *
 * <p>Transactions: sqlite-jdbc's {@code commit()} and {@code rollback()} immediately begin the next
 * transaction in the configured mode, which for IMMEDIATE would keep the database write-locked between
 * our transactions. So connections stay in auto-commit mode and transactions are begun and ended with
 * explicit {@code BEGIN IMMEDIATE} / {@code COMMIT} / {@code ROLLBACK}; the writer's configured
 * transaction mode is IMMEDIATE as well, so nothing can ever begin a deferred write on it.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int READERS = 3;
    private static final long READER_WAIT_SECONDS = 30;

    private final Path file;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> allReaders;
    private Durability writerDurability = Durability.FULL;
    private volatile boolean closed;

    private Database(Path file, Connection writer, List<Connection> readers) {
        this.file = file;
        this.writer = writer;
        this.allReaders = List.copyOf(readers);
        this.readers = new ArrayBlockingQueue<>(readers.size(), false, readers);
    }

    /** Opens (creating when absent) the database file in WAL mode. */
    public static Database open(Path file) {
        List<Connection> opened = new ArrayList<>();
        try {
            Connection writer = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
            opened.add(writer);
            requireWal(writer);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                Connection reader = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
                opened.add(reader);
                execute(reader, "PRAGMA query_only = ON");
                readers.add(reader);
            }
            return new Database(file, writer, readers);
        } catch (SQLException e) {
            opened.forEach(Database::closeQuietly);
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs the work in one IMMEDIATE transaction on the writer; commits, or rolls back on any failure. */
    public <T> T write(Durability durability, SqlWork<T> work) {
        writeLock.lock();
        try {
            requireOpen();
            useDurability(durability);
            return inTransaction(writer, "BEGIN IMMEDIATE", work);
        } catch (SQLException e) {
            throw new StoreException("Database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs the work on a reader connection inside one read transaction, so it sees one snapshot. */
    public <T> T read(SqlWork<T> work) {
        Connection reader = borrowReader();
        try {
            return inTransaction(reader, "BEGIN DEFERRED", work);
        } catch (SQLException e) {
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        } finally {
            giveBack(reader);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writeLock.lock();
        try {
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
        // Readers still borrowed are closed as they come back (see giveBack).
        Connection idle;
        while ((idle = readers.poll()) != null) {
            closeQuietly(idle);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    private static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        execute(connection, begin);
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    /**
     * {@code synchronous} is a per-connection setting that SQLite refuses to change inside a transaction,
     * so it is switched here, before BEGIN, and only when it differs from the previous write's.
     */
    private void useDurability(Durability durability) throws SQLException {
        if (durability != writerDurability) {
            execute(writer, "PRAGMA synchronous = " + durability.pragmaValue());
            writerDurability = durability;
        }
    }

    private Connection borrowReader() {
        requireOpen();
        try {
            Connection reader = readers.poll(READER_WAIT_SECONDS, TimeUnit.SECONDS);
            if (reader == null) {
                throw new StoreException("No database connection became free within " + READER_WAIT_SECONDS + " s");
            }
            return reader;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database connection", e);
        }
    }

    private void giveBack(Connection reader) {
        if (closed || !readers.offer(reader)) {
            closeQuietly(reader);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("The offline store is closed");
        }
    }

    private static Connection connect(Path file, SQLiteConfig.TransactionMode mode) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true); // per connection in SQLite, so set on every one
        config.setTransactionMode(mode);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static void requireWal(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA journal_mode")) {
            String mode = rows.next() ? rows.getString(1) : "";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("the database could not be switched to WAL mode (it is in '" + mode
                        + "' mode); is it on a network drive?");
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); the original failure matters.
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort; SQLite recovers from the WAL on the next open.
        }
    }
}
