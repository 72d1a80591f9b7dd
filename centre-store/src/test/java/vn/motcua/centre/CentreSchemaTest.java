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
            "UPDATE schema_migration SET sha256 = ''"})
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
