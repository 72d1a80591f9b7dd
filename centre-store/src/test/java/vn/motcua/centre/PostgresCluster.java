package vn.motcua.centre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: {@code initdb} into a temporary directory, the server on
 * 127.0.0.1 at a free port (Unix socket in the same directory), fsync off for speed (commits still reach the
 * operating system, so a crash of the server loses nothing committed), stopped and deleted at the end.
 *
 * <p>The binaries come from {@code $MOTCUA_PG_BIN}, the newest {@code /usr/lib/postgresql/N/bin} (Debian's
 * {@code postgresql} package) or the PATH. PostgreSQL refuses to run as root, so as root (CI) the server runs as
 * the {@code postgres} system user the Debian package creates, through {@code runuser}; as anyone else it runs as
 * that user.
 *
 * <p>The roles are those of docs/centre-mode.md: {@code motcua_owner} owns the schema and migrates it,
 * {@code motcua_desk} is the desks' group role, and the tests connect as {@code desk_test}, a member of it, so they
 * prove the desks' grants are enough. Each {@link #freshDatabase} is a copy of a migrated template.
 */
public final class PostgresCluster implements AutoCloseable {
    public static final String DESK_USER = "desk_test";
    public static final String OWNER_USER = "motcua_owner";
    private static final String SUPERUSER = "motcua_admin";
    private static final String SUPERUSER_PASSWORD = "admin-only-in-tests";
    private static final String OWNER_PASSWORD = "owner-only-in-tests";
    private static final String DESK_PASSWORD = "desk-only-in-tests";
    private static final String TEMPLATE = "motcua_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster shared;

    private final Path directory;
    private final Path data;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final Path deskPasswordFile;
    private final Path ownerPasswordFile;

    private final boolean durable;

    private PostgresCluster(Path directory, Path bin, int port, boolean asPostgresUser, boolean durable) {
        this.durable = durable;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.deskPasswordFile = directory.resolve("desk-password");
        this.ownerPasswordFile = directory.resolve("owner-password");
    }

    /** One cluster for every test of this JVM, stopped when it exits. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            shared = start();
            PostgresCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        }
        return shared;
    }

    /** A cluster of its own (a test that stops and restarts the server). */
    public static PostgresCluster start() {
        return start(false);
    }

    /**
     * @param durable fsync and full-page writes on, as a real server runs (benchmarks); off for tests, where a
     *                crash of the server still loses nothing committed but the machine's crash could
     */
    public static PostgresCluster start(boolean durable) {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path directory = Files.createTempDirectory("motcua-pg-");
            PostgresCluster cluster = new PostgresCluster(directory, bin, freePort(), root, durable);
            cluster.initialise();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** How a desk reaches the database, as its desk.properties would say. */
    public CentreSettings deskSettings(String database) {
        return new CentreSettings(url(database), DESK_USER, deskPasswordFile, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 4);
    }

    public CentreSettings ownerSettings(String database) {
        return new CentreSettings(url(database), OWNER_USER, ownerPasswordFile);
    }

    /** A new database with the latest schema, empty. */
    public String freshDatabase() {
        String name = "queue_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + OWNER_USER
                + " STRATEGY FILE_COPY");
        return name;
    }

    /** A new database without any schema, owned by the owner role (the migration tests). */
    public String emptyDatabase() {
        String name = "empty_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name + " OWNER " + OWNER_USER);
        return name;
    }

    /**
     * Puts {@code count} waiting tickets in the queue at once, as the owner role: what hours of kiosks would have
     * issued, so tests and benchmarks spend their time calling. Services A, B and C in turn, every fifth ticket a
     * priority one, queued 100 ms apart from 07:00.
     */
    public void queueUpWaitingTickets(String database, java.time.LocalDate day, int count) {
        Properties owner = new Properties();
        owner.setProperty("user", OWNER_USER);
        owner.setProperty("password", OWNER_PASSWORD);
        owner.setProperty("currentSchema", CentreSchema.SCHEMA);
        try (Connection connection = DriverManager.getConnection(url(database), owner);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO ticket (id, day, prefix, sequence, service_id, priority_group, status, issued_at,
                                        queued_at, at_front, walk_in)
                    SELECT nextval('ticket_id_seq'), DATE '%s', s.prefix, (n - 1) / 3 + 1, s.prefix,
                           CASE WHEN n %% 5 = 0 THEN 'PRIORITY' ELSE 'NORMAL' END, 'WAITING',
                           TIMESTAMP '%s 07:00' + n * INTERVAL '100 milliseconds',
                           TIMESTAMP '%s 07:00' + n * INTERVAL '100 milliseconds', false, false
                    FROM generate_series(1, %d) AS n
                    JOIN (VALUES (0, 'A'), (1, 'B'), (2, 'C')) AS s (k, prefix) ON s.k = n %% 3
                    """.formatted(day, day, day, count));
            statement.execute("""
                    INSERT INTO ticket_sequence (prefix, day, last_issued)
                    SELECT prefix, day, max(sequence) FROM ticket GROUP BY prefix, day
                    ON CONFLICT (prefix, day) DO UPDATE SET last_issued = excluded.last_issued""");
            statement.execute("ANALYZE ticket");
        } catch (SQLException e) {
            throw new IllegalStateException("Loading waiting tickets failed: " + e.getMessage(), e);
        }
    }

    public void dropDatabase(String name) {
        superuser("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs statements as the cluster's superuser (test setup only). */
    public void superuser(String database, String... statements) {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", SUPERUSER_PASSWORD);
        try (Connection connection = DriverManager.getConnection(url(database), properties);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test cluster setup failed: " + e.getMessage(), e);
        }
    }

    /** Like a crash or a pulled power cord: no clean shutdown. */
    public void stopAbruptly() {
        pgCtl("stop", "-m", "immediate");
    }

    public void startAgain() {
        pgCtl("start", "-l", directory.resolve("server.log").toString(), "-o", serverOptions());
    }

    private void initialise() throws IOException {
        Files.writeString(deskPasswordFile, DESK_PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.writeString(ownerPasswordFile, OWNER_PASSWORD + "\n", StandardCharsets.UTF_8);
        Path superuserPassword = directory.resolve("superuser-password");
        Files.writeString(superuserPassword, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        if (asPostgresUser) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
            Files.setOwner(superuserPassword, postgres);
        }
        Files.setPosixFilePermissions(superuserPassword, PosixFilePermissions.fromString("rw-------"));
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-E", "UTF8",
                "--no-locale", "--no-sync", "--auth-local=trust", "--auth-host=scram-sha-256",
                "--pwfile=" + superuserPassword));
        startAgain();
        superuser("postgres",
                "CREATE ROLE " + OWNER_USER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'",
                "CREATE ROLE motcua_desk NOLOGIN",
                "CREATE ROLE " + DESK_USER + " LOGIN PASSWORD '" + DESK_PASSWORD + "' IN ROLE motcua_desk",
                "CREATE DATABASE " + TEMPLATE + " OWNER " + OWNER_USER,
                "REVOKE ALL ON DATABASE " + TEMPLATE + " FROM PUBLIC");
        superuser(TEMPLATE, "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "GRANT CONNECT ON DATABASE " + TEMPLATE + " TO motcua_desk");
        try (Connection owner = CentreConnections.open(ownerSettings(TEMPLATE))) {
            CentreSchema.migrate(owner);
        } catch (SQLException e) {
            throw new IllegalStateException("Migrating the test template failed: " + e.getMessage(), e);
        }
    }

    private String serverOptions() {
        return "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + directory
                + (durable ? "" : " -c fsync=off -c full_page_writes=off")
                + " -c max_connections=300 -c shared_buffers=64MB";
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                "-w", "-t", "60"));
        command.addAll(List.of(arguments));
        run(command);
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(directory.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(directory.resolve("commands.log").toFile()))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "):\n" + Files.readString(directory.resolve("commands.log")) + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private String serverLog() throws IOException {
        Path log = directory.resolve("server.log");
        return Files.exists(log) ? "\n" + Files.readString(log) : "";
    }

    static Path binaries() {
        String configured = System.getenv("MOTCUA_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                        .max(Comparator.comparingInt(PostgresCluster::majorVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb"))
                    && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("PostgreSQL's initdb and pg_ctl were not found (MOTCUA_PG_BIN, "
                + "/usr/lib/postgresql/*/bin, PATH): install the Debian package postgresql (run-tests.sh does, as root)");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            pgCtl("stop", "-m", "immediate");
        } catch (RuntimeException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
