package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the schema of this version of the desk by applying the missing scripts in order,
 * each in its own IMMEDIATE transaction together with its {@code schema_migration} row. A crash between
 * scripts leaves a database at an earlier, valid version that the next start continues from; two
 * processes starting at once cannot apply a script twice, because each re-reads the applied versions
 * inside its write transaction.
 *
 * <p>Refuses, changing nothing: a database written by a newer desk (an applied version it does not know),
 * an applied script whose text has since changed (checksum), and a SQLite file of another program.
 *
 * <p>Scripts must not contain BEGIN/COMMIT, nor PRAGMAs that are ignored inside a transaction
 * (foreign_keys, journal_mode); a future table rebuild that needs foreign_keys=OFF will need runner support.
 */
public final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_migration (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                sha256      TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            ) STRICT""";

    private final MigrationScripts scripts;
    private final Clock clock;

    public Migrations(MigrationScripts scripts, Clock clock) {
        this.scripts = Objects.requireNonNull(scripts);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @return the database's schema version afterwards */
    public int apply(Database database) {
        int applied = 0;
        for (MigrationScript script : scripts.all()) {
            if (database.write(Durability.FULL, connection -> applyIfMissing(connection, script))) {
                applied++;
                LOG.info("Applied schema migration {}", script.label());
            }
        }
        int version = database.read(Migrations::currentVersion);
        if (applied == 0) {
            LOG.debug("Database schema is up to date at version {}", version);
        }
        return version;
    }

    /** The highest applied version; 0 for a new database. */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!hasMigrationTable(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migration")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private boolean applyIfMissing(Connection connection, MigrationScript script) throws SQLException {
        if (!hasMigrationTable(connection)) {
            refuseForeignDatabase(connection);
            Database.execute(connection, CREATE_TABLE);
        }
        List<AppliedMigration> applied = readApplied(connection);
        verify(applied);
        if (applied.size() >= script.version()) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(script.sql()); // sqlite-jdbc runs a multi-statement text via sqlite3_exec
        } catch (SQLException e) {
            throw new MigrationException("Schema migration " + script.label() + " failed and was rolled back: "
                    + e.getMessage(), e);
        }
        record(connection, script);
        return true;
    }

    private void verify(List<AppliedMigration> applied) {
        List<MigrationScript> known = scripts.all();
        for (int i = 0; i < applied.size(); i++) {
            AppliedMigration row = applied.get(i);
            if (row.version() > known.size()) {
                throw new MigrationException("This database was written by a newer MotCua Desk: it has schema version "
                        + row.version() + " and this version only knows up to " + known.size()
                        + ". Install the newer MotCua Desk; the database was left unchanged.");
            }
            if (row.version() != i + 1) {
                throw new MigrationException("The database's applied schema versions are not 1.." + applied.size()
                        + " (found version " + row.version() + " at position " + (i + 1)
                        + "); refusing to migrate a database in an unknown state.");
            }
            MigrationScript script = known.get(i);
            if (!script.sha256().equals(row.sha256())) {
                throw new MigrationException("Schema migration " + script.label()
                        + " was changed after it was applied to this database (checksum recorded " + row.sha256()
                        + ", script now " + script.sha256() + "). Restore the original script and put the change "
                        + "in a new migration; the database was left unchanged.");
            }
        }
    }

    private void record(Connection connection, MigrationScript script) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_migration(version, description, sha256, applied_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.setString(3, script.sha256());
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        }
        // For people inspecting the file with the sqlite3 shell; the table above is the authority.
        Database.execute(connection, "PRAGMA user_version = " + script.version());
    }

    private static List<AppliedMigration> readApplied(Connection connection) throws SQLException {
        List<AppliedMigration> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, sha256 FROM schema_migration ORDER BY version")) {
            while (rows.next()) {
                applied.add(new AppliedMigration(rows.getInt(1), rows.getString(2)));
            }
        }
        return applied;
    }

    private static boolean hasMigrationTable(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migration'");
                ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    private static void refuseForeignDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            if (rows.next() && rows.getInt(1) > 0) {
                throw new MigrationException("The database file holds tables but no schema_migration table: it is "
                        + "not a MotCua Desk database, or a damaged one. It was left unchanged.");
            }
        }
    }

    private record AppliedMigration(int version, String sha256) {
    }
}
