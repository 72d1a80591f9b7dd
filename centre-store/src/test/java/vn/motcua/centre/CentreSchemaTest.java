package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.store.sqlite.MigrationException;

/** The centre's schema is migrated by its owner only; the desks' role can use the queue and nothing more. */
class CentreSchemaTest {
    private final PostgresCluster cluster = PostgresCluster.shared();

    @Test
    void theOwnerMigratesOnceAndADeskRefusesAnUnmigratedDatabaseSayingWhy() throws SQLException {
        String database = cluster.emptyDatabase();
        try (PostgresQueueStore desk = PostgresQueueStore.open(cluster.deskSettings(database))) {
            assertThatThrownBy(desk::configuration).isInstanceOf(QueueUnavailableException.class)
                    .hasMessageContaining("schema version 0").hasMessageContaining("migration");
            try (Connection owner = CentreConnections.open(cluster.ownerSettings(database))) {
                assertThat(CentreSchema.migrate(owner)).isEqualTo(CentreSchema.latestVersion());
                assertThat(CentreSchema.migrate(owner)).isZero();
                assertThat(CentreSchema.currentVersion(owner)).isEqualTo(CentreSchema.latestVersion());
            }
            assertThat(desk.configuration().services()).isEmpty();
        } finally {
            cluster.dropDatabase(database);
        }
    }

    @Test
    void anAppliedScriptThatWasChangedStopsTheMigration() throws SQLException {
        String database = cluster.freshDatabase();
        try {
            cluster.superuser(database, "UPDATE motcua.schema_migration SET sha256 = 'edited' WHERE version = 1");
            try (Connection owner = CentreConnections.open(cluster.ownerSettings(database))) {
                assertThatThrownBy(() -> CentreSchema.migrate(owner)).isInstanceOf(MigrationException.class)
                        .hasMessageContaining("changed after it was applied");
            }
        } finally {
            cluster.dropDatabase(database);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM ticket", "DELETE FROM ticket_event", "UPDATE ticket_event SET note = ''",
            "TRUNCATE queue_service_time", "CREATE TABLE motcua.stolen (x int)", "DROP TABLE ticket",
            "ALTER TABLE ticket ADD COLUMN x int", "CREATE TABLE public.stolen (x int)",
            "UPDATE schema_migration SET sha256 = ''", "DELETE FROM rating", "TRUNCATE rating",
            "UPDATE rating SET level = 'VERY_SATISFIED'", "UPDATE rating SET flag = 'NONE', reason = 'x'",
            "ALTER TABLE rating DROP CONSTRAINT rating_check"})
    void theDesksRoleMayNotDeleteHistoryNorChangeTheSchema(String statement) throws SQLException {
        String database = cluster.freshDatabase();
        try (Connection desk = CentreConnections.open(cluster.deskSettings(database));
                Statement sql = desk.createStatement()) {
            assertThatThrownBy(() -> sql.execute(statement)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                            .as("insufficient privilege or owner only").isIn("42501"));
        } finally {
            cluster.dropDatabase(database);
        }
    }

    /** A desk adds presses and gives an accepted rating its reason; what the citizen pressed stays as it was. */
    @Test
    void theDesksRoleAddsRatingsAndTheirReasonOnly() throws SQLException {
        String database = cluster.freshDatabase();
        try (Connection desk = CentreConnections.open(cluster.deskSettings(database));
                Statement sql = desk.createStatement()) {
            sql.execute("""
                    INSERT INTO rating (counter, keypad, key_number, ticket_id, clerk, level, flag, pressed_at, held_ms)
                    VALUES (3, 'KP03', 3, 41, 'lan.nt', 'UNSATISFIED', 'NONE', TIMESTAMP '2026-11-23 08:15:20', 120)""");
            assertThat(sql.executeUpdate("UPDATE rating SET reason = 'Phải chờ đợi lâu' WHERE ticket_id = 41"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> sql.execute("""
                    INSERT INTO rating (counter, keypad, key_number, ticket_id, clerk, level, flag, pressed_at, held_ms)
                    VALUES (3, 'KP03', 1, 41, 'lan.nt', 'VERY_SATISFIED', 'NONE', TIMESTAMP '2026-11-23 08:15:40', 90)"""))
                    .as("one accepted rating per ticket and counter").isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            try (var rows = sql.executeQuery("SELECT level, reason FROM rating")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("UNSATISFIED");
                assertThat(rows.getString(2)).isEqualTo("Phải chờ đợi lâu");
                assertThat(rows.next()).isFalse();
            }
        } finally {
            cluster.dropDatabase(database);
        }
    }

    @Test
    void theSettingsNeverShowThePassword() {
        Properties properties = new Properties();
        properties.setProperty("centre.jdbcUrl", "jdbc:postgresql://10.0.0.5/motcua_centre?password=secret1");
        properties.setProperty("centre.user", "quay07");
        properties.setProperty("centre.passwordFile", "/etc/motcua/centre-password");
        CentreSettings settings = CentreSettings.from(properties);
        assertThat(settings.toString()).doesNotContain("secret1").contains("quay07", "centre-password");
        assertThat(CentreSettings.configured(new Properties())).isFalse();
        properties.setProperty("centre.connectTimeout", "soon");
        properties.remove("centre.user");
        assertThatThrownBy(() -> CentreSettings.from(properties)).hasMessageContaining("centre.user is missing")
                .hasMessageContaining("centre.connectTimeout");
    }
}
