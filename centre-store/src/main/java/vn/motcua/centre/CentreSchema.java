package vn.motcua.centre;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.store.sqlite.MigrationException;
import vn.motcua.store.sqlite.MigrationScript;

/**
 * The versioned schema of the centre's database: the scripts named in {@value #INDEX}, applied in order by the
 * owner role, each in its own transaction together with its {@code schema_migration} row, under an advisory lock so
 * two runs at once cannot apply a script twice. Refuses, changing nothing, a database with a version it does not
 * know or an applied script whose text has changed (the same rules as the offline store's {@code Migrations}).
 *
 * <p>Desks never migrate: their role may not change the schema. A desk checks {@link #currentVersion} when it
 * connects and reports the queue unavailable, saying why, while the database is older than it needs.
 *
 * <p>Run by the administrator: {@code java -cp 'lib/*' vn.motcua.centre.CentreSchema JDBC_URL OWNER PASSWORD_FILE}.
 */
public final class CentreSchema {
    public static final String SCHEMA = "motcua";
    static final String FOLDER = "/vn/motcua/centre/migration/";
    static final String INDEX = FOLDER + "index.txt";
    private static final Logger LOG = LoggerFactory.getLogger(CentreSchema.class);
    private static final long MIGRATION_LOCK = 0x4d4f5443_55410001L; // "MOTCUA" + 1
    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_migration (
                version     integer PRIMARY KEY,
                description text NOT NULL,
                sha256      text NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )""";

    private CentreSchema() {
    }

    public static List<MigrationScript> scripts() {
        List<MigrationScript> found = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                MigrationScript script = MigrationScript.of(name, read(FOLDER + name));
                if (script.version() != found.size() + 1) {
                    throw new MigrationException("Centre migration scripts must be numbered 1, 2, 3… without gaps; "
                            + "found " + script.label());
                }
                found.add(script);
            }
        }
        return found;
    }

    public static int latestVersion() {
        return scripts().size();
    }

    /**
     * Brings the database to the latest schema; the connection's role becomes the owner of what it creates.
     *
     * @return how many scripts were applied
     */
    public static int migrate(Connection connection) throws SQLException {
        List<MigrationScript> scripts = scripts();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int applied = 0;
        try {
            for (MigrationScript script : scripts) {
                if (applyIfMissing(connection, script, scripts)) {
                    applied++;
                    LOG.info("Applied centre schema migration {}", script.label());
                }
            }
            return applied;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean applyIfMissing(Connection connection, MigrationScript script, List<MigrationScript> known)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            statement.execute("SET LOCAL search_path TO " + SCHEMA);
            statement.execute(CREATE_TABLE);
            List<String> applied = applied(connection);
            verify(applied, known);
            if (applied.size() >= script.version()) {
                connection.commit();
                return false;
            }
            try {
                statement.execute(script.sql());
            } catch (SQLException e) {
                connection.rollback();
                throw new MigrationException("Centre schema migration " + script.label()
                        + " failed and was rolled back: " + e.getMessage(), e);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_migration (version, description, sha256) VALUES (?, ?, ?)")) {
                insert.setInt(1, script.version());
                insert.setString(2, script.description());
                insert.setString(3, script.sha256());
                insert.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static List<String> applied(Connection connection) throws SQLException {
        List<String> checksums = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, sha256 FROM schema_migration ORDER BY version")) {
            while (rows.next()) {
                if (rows.getInt(1) != checksums.size() + 1) {
                    throw new MigrationException("The centre database's applied schema versions are not 1.."
                            + "n (found version " + rows.getInt(1) + "); refusing to migrate it");
                }
                checksums.add(rows.getString(2));
            }
        }
        return checksums;
    }

    private static void verify(List<String> applied, List<MigrationScript> known) {
        if (applied.size() > known.size()) {
            throw new MigrationException("The centre database has schema version " + applied.size()
                    + " but this MotCua Desk only knows up to " + known.size() + ": install the newer version");
        }
        for (int i = 0; i < applied.size(); i++) {
            if (!known.get(i).sha256().equals(applied.get(i))) {
                throw new MigrationException("Centre schema migration " + known.get(i).label()
                        + " was changed after it was applied; restore it and put the change in a new script");
            }
        }
    }

    /** The highest applied version; 0 for a database never migrated. Readable by the desks' role. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, SCHEMA + ".schema_migration");
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || !rows.getBoolean(1)) {
                    return 0;
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT coalesce(max(version), 0) FROM " + SCHEMA + ".schema_migration")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String read(String resource) {
        try (InputStream in = CentreSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException("Migration resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot read migration resource " + resource, e);
        }
    }

    /** The administrator's tool: migrates the database as the owner role. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            System.err.println("Usage: CentreSchema JDBC_URL OWNER_ROLE PASSWORD_FILE");
            System.exit(2);
        }
        CentreSettings settings = new CentreSettings(args[0], args[1], Path.of(args[2]));
        try (Connection connection = CentreConnections.open(settings)) {
            int applied = migrate(connection);
            System.out.println("Centre schema at version " + currentVersion(connection) + " (" + applied
                    + " applied now)");
        }
    }
}
