package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.OfflineStore;

/** V010 rebuilds ticket_event to allow RATED: the history already stored survives it unchanged, ids included. */
class RatingMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-05T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void ticketHistoryKeepsItsRowsIdsAndIndexesAndTakesRatedEvents() throws SQLException {
        Path file = dir.resolve(OfflineStore.DATABASE_FILE);
        List<String> before;
        try (Database database = Database.open(file)) {
            new Migrations(MigrationScripts.bundled().upTo(8), CLOCK).apply(database);
            database.write(Durability.FULL, connection -> {
                execute(connection, """
                        INSERT INTO ticket (id, day, prefix, sequence, service_id, priority_group, status, issued_at,
                                            queued_at, at_front, walk_in)
                        VALUES (7, '2025-11-05', 'A', 1, 'A', 'NORMAL', 'WAITING', '2025-11-05T08:00:00.000000000',
                                '2025-11-05T08:00:00.000000000', 0, 0)""");
                execute(connection, """
                        INSERT INTO ticket_event (id, ticket_id, kind, at, counter_number, clerk, service_id, note)
                        VALUES (40, 7, 'ISSUED', '2025-11-05T08:00:00.000000000', NULL, NULL, 'A', ''),
                               (41, 7, 'CALLED', '2025-11-05T08:05:00.000000000', 2, 'canbo.lan', 'A', ''),
                               (45, 7, 'FINISHED', '2025-11-05T08:15:00.000000000', 2, 'canbo.lan', 'A', '')""");
                return null;
            });
            assertThatThrownBy(() -> database.write(Durability.FULL, connection -> {
                execute(connection, rated(46));
                return null;
            })).as("V008 refuses RATED").hasMessageContaining("CHECK");
            before = database.read(RatingMigrationTest::events);

            new Migrations(MigrationScripts.bundled(), CLOCK).apply(database);

            assertThat(database.read(RatingMigrationTest::events)).isEqualTo(before);
            database.write(Durability.FULL, connection -> {
                execute(connection, rated(46));
                return null;
            });
            List<String> indexes = database.read(connection -> strings(connection,
                    "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ticket_event' ORDER BY name"));
            assertThat(indexes)
                    .containsExactly("ticket_event_calls", "ticket_event_ticket");
            List<String> dangling = database.read(connection -> strings(connection, "PRAGMA foreign_key_check"));
            assertThat(dangling)
                    .as("no dangling reference").isEmpty();
            assertThatThrownBy(() -> database.write(Durability.FULL, connection -> {
                execute(connection, """
                        INSERT INTO ticket_event (ticket_id, kind, at, service_id, note)
                        VALUES (99, 'RATED', '2025-11-05T08:16:00.000000000', 'A', 'SATISFIED')""");
                return null;
            })).as("the rebuilt table still refers to ticket").hasMessageContaining("FOREIGN KEY");
        }
    }

    private static String rated(int id) {
        return "INSERT INTO ticket_event (id, ticket_id, kind, at, counter_number, clerk, service_id, note) VALUES ("
                + id + ", 7, 'RATED', '2025-11-05T08:15:20.000000000', 2, 'canbo.lan', 'A', 'SATISFIED')";
    }

    private static List<String> events(Connection connection) throws SQLException {
        return strings(connection, "SELECT id || '|' || ticket_id || '|' || kind || '|' || at || '|' || "
                + "coalesce(counter_number, '') || '|' || coalesce(clerk, '') FROM ticket_event ORDER BY id");
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
