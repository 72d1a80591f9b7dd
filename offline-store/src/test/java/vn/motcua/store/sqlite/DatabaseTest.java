package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.StoreException;

class DatabaseTest {
    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("test.db"));
        database.write(Durability.FULL, c -> {
            Database.execute(c, "CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            Database.execute(c, "CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id))");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private String readPragma(String name) {
        return database.read(c -> pragma(c, name));
    }

    private String writePragma(Durability durability, String name) {
        return database.write(durability, c -> pragma(c, name));
    }

    @Test
    void everyConnectionHasWalForeignKeysAndABusyTimeout() {
        for (int i = 0; i < 5; i++) {
            assertThat(readPragma("journal_mode")).isEqualTo("wal");
            assertThat(readPragma("foreign_keys")).isEqualTo("1");
            assertThat(readPragma("busy_timeout")).isEqualTo("10000");
            assertThat(readPragma("query_only")).isEqualTo("1");
        }
        assertThat(writePragma(Durability.FULL, "foreign_keys")).isEqualTo("1");
        assertThat(writePragma(Durability.FULL, "busy_timeout")).isEqualTo("10000");
    }

    @Test
    void writesUseTheRequestedSynchronousLevel() {
        assertThat(writePragma(Durability.NORMAL, "synchronous")).isEqualTo("1");
        assertThat(writePragma(Durability.FULL, "synchronous")).isEqualTo("2");
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> database.write(Durability.FULL, c -> {
            Database.execute(c, "INSERT INTO child VALUES (42)");
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void aFailedWriteIsRolledBackAndTheWriterStaysUsable() {
        assertThatThrownBy(() -> database.write(Durability.FULL, c -> {
            Database.execute(c, "INSERT INTO parent VALUES (1)");
            throw new IllegalStateException("business rule broken");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("parent")).isZero();
        database.write(Durability.FULL, c -> {
            Database.execute(c, "INSERT INTO parent VALUES (1)");
            return null;
        });
        assertThat(count("parent")).isEqualTo(1);
    }

    @Test
    void readersCannotWrite() {
        assertThatThrownBy(() -> database.read(c -> {
            Database.execute(c, "INSERT INTO parent VALUES (7)");
            return null;
        })).isInstanceOf(StoreException.class);
    }

    /** WAL: a reader is never blocked by a writer and sees the last committed state. */
    @Test
    void readsProceedWhileAWriteTransactionIsOpen() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> database.write(Durability.FULL, c -> {
            Database.execute(c, "INSERT INTO parent VALUES (1)");
            inserted.countDown();
            await(readDone);
            return null;
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(count("parent")).as("uncommitted row invisible, and no waiting").isZero();
        readDone.countDown();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(count("parent")).isEqualTo(1);
    }

    @Test
    void aClosedDatabaseSaysSo() {
        database.close();
        database.close();

        assertThatThrownBy(() -> count("parent")).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> database.write(Durability.FULL, c -> null)).hasMessageContaining("closed");
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearError() throws Exception {
        Path garbage = dir.resolve("garbage.db");
        Files.writeString(garbage, "Đây không phải là cơ sở dữ liệu SQLite. ".repeat(200));

        assertThatThrownBy(() -> Database.open(garbage)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot open the database")
                .hasMessageContaining("not a database");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int count(String table) {
        return database.read(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        });
    }
}
