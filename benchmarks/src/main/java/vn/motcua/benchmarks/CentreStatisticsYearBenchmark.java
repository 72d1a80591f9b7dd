package vn.motcua.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import vn.motcua.centre.CentreStatistics;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.OfflineStore;

/**
 * The supervisor's year in centre mode: one synthetic year of a busy centre ({@link StatisticsYear}, the same data as
 * the single-PC dashboard benchmark: ~300,000 tickets, ~1.26 million events, ~115,000 ratings) copied into a durable
 * throwaway PostgreSQL cluster, and "this year" asked by a supervisor's desk on 31/12/2026 at 16:00.
 *
 * <ul>
 *   <li>{@code wholeYearRead}: every record of the year read and added up, nothing kept (what centre mode did before
 *       closed days were kept: every question read its whole period);</li>
 *   <li>{@code cold}: the first question of a desk process ({@link CentreStatistics} new, nothing kept in its memory)
 *       once the centre's closed days are on the server;</li>
 *   <li>{@code firstEver}: the same with nothing on the server either (its days deleted before each question): the
 *       year read, computed and stored;</li>
 *   <li>{@code afterChange}: a kiosk issued a ticket today (one more event) before each question, so the event log
 *       is checked, today is read again and the 248 closed days come from memory;</li>
 *   <li>{@code unchanged}: the same question again, nothing written in between.</li>
 * </ul>
 * The supervisor's desk has no dossiers of its own (dossiers stay on the counters' PCs). The server's own caches are
 * warm throughout: the cluster runs on this machine and its data fits in memory.
 *
 * <p>Generating the year takes one to two minutes; it is kept in {@code -Dmotcua.year=DIR} (default
 * {@code /tmp/motcua-centre-year}) and reused.
 */
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CentreStatisticsYearBenchmark {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 31, 16, 0);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(WorkCalendar.ZONE).toInstant(), WorkCalendar.ZONE);
    static final Period YEAR = Period.year(NOW.toLocalDate());
    static final StatisticsTargets TARGETS = StatisticsTargets.defaults();

    @State(Scope.Benchmark)
    public static class Centre {
        @Param("300000")
        int tickets;
        PostgresCluster cluster;
        String database;
        PostgresQueueStore store;
        Path deskDirectory;
        OfflineStore desk;
        QueueDesk kiosk;

        @Setup(Level.Trial)
        public void load() throws Exception {
            Path year = Path.of(System.getProperty("motcua.year", "/tmp/motcua-centre-year"));
            if (!Files.exists(year.resolve(OfflineStore.DATABASE_FILE))) {
                new StatisticsYear(NOW.getYear(), tickets, 766).write(year);
            }
            cluster = PostgresCluster.start(true);
            database = cluster.freshDatabase();
            store = PostgresQueueStore.open(cluster.deskSettings(database));
            store.replaceConfiguration(StatisticsYear.configuration());
            copyQueue(year.resolve(OfflineStore.DATABASE_FILE));
            deskDirectory = Files.createTempDirectory("motcua-supervisor-");
            desk = OfflineStore.open(deskDirectory, SequenceBlock.WHOLE_RANGE);
            kiosk = new QueueDesk(store, WorkCalendar.vietnam(), CLOCK);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            desk.close();
            store.close();
            cluster.close();
            try (Stream<Path> files = Files.walk(deskDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }

        CentreStatistics statistics() {
            return new CentreStatistics(store, desk.statistics(CLOCK), CLOCK);
        }

        /** The year's tickets, events, ticket numbers and ratings, copied as the owner (COPY). */
        private void copyQueue(Path sqlite) throws SQLException {
            try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
                    Connection to = cluster.connectAsSuperuser(database)) {
                copy(from, to, "ticket", "id, day, prefix, sequence, service_id, priority_group, status, issued_at, "
                        + "queued_at, at_front, held_by, calls, called_at, last_called_at, first_called_at, walk_in, "
                        + "people_ahead, quoted_from_seconds, quoted_to_seconds, reason");
                copy(from, to, "ticket_event", "id, ticket_id, kind, at, counter_number, clerk, service_id, note");
                copy(from, to, "ticket_sequence", "prefix, day, last_issued");
                copy(from, to, "queue_service_time", "service_id, finished_at, seconds");
                copy(from, to, "rating", "counter, keypad, key_number, ticket_id, dossier_code, clerk, level, flag, "
                        + "reason, pressed_at, held_ms");
                try (Statement statement = to.createStatement()) {
                    statement.execute("SELECT setval('ticket_id_seq', (SELECT max(id) FROM ticket))");
                    statement.execute("SELECT setval('ticket_event_id_seq', (SELECT max(id) FROM ticket_event))");
                    statement.execute("VACUUM ANALYZE");
                }
            }
        }

        private static void copy(Connection from, Connection to, String table, String columns) throws SQLException {
            StringBuilder csv = new StringBuilder(1 << 20);
            try (Statement query = from.createStatement();
                    ResultSet rows = query.executeQuery("SELECT " + columns + " FROM " + table)) {
                int width = rows.getMetaData().getColumnCount();
                int count = 0;
                while (rows.next()) {
                    for (int i = 1; i <= width; i++) {
                        String value = rows.getString(i);
                        if (i > 1) {
                            csv.append(',');
                        }
                        if (value != null) {
                            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
                        }
                    }
                    csv.append('\n');
                    if (++count % 100_000 == 0) {
                        copyIn(to, table, columns, csv);
                    }
                }
            }
            copyIn(to, table, columns, csv);
        }

        private static void copyIn(Connection to, String table, String columns, StringBuilder csv)
                throws SQLException {
            if (csv.isEmpty()) {
                return;
            }
            try {
                to.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns
                        + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csv.setLength(0);
        }
    }

    /** A supervisor's desk that has asked once already: its closed days are kept. */
    @State(Scope.Thread)
    public static class Supervisor {
        CentreStatistics statistics;

        @Setup(Level.Trial)
        public void firstLook(Centre centre) {
            statistics = centre.statistics();
            statistics.figures(YEAR, TARGETS);
        }
    }

    /** Before each question the centre's stored days are deleted: the first question ever asked of the year. */
    @State(Scope.Thread)
    public static class NothingStored {
        Centre centre;

        @Setup(Level.Trial)
        public void place(Centre centre) {
            this.centre = centre;
        }

        @Setup(Level.Invocation)
        public void forget() {
            centre.cluster.superuser(centre.database, "DELETE FROM motcua.statistics_day");
        }
    }

    /** A kiosk issues a ticket today before each question. */
    @State(Scope.Thread)
    public static class BusyKiosk {
        Centre centre;

        @Setup(Level.Trial)
        public void place(Centre centre) {
            this.centre = centre;
        }

        @Setup(Level.Invocation)
        public void issue() {
            centre.kiosk.issue(new ServiceId(StatisticsYear.SERVICES[0]), PriorityGroup.NORMAL).orElseThrow();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public OfficeFigures wholeYearRead(Centre centre) {
        return centre.statistics().records(YEAR).figures(TARGETS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public OfficeFigures cold(Centre centre) {
        return centre.statistics().figures(YEAR, TARGETS);
    }

    /** A desk's first question with no day stored on the server yet: the year read, computed and stored. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public OfficeFigures firstEver(NothingStored nothing) {
        return nothing.centre.statistics().figures(YEAR, TARGETS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public OfficeFigures afterChange(Supervisor supervisor, BusyKiosk kiosk) {
        return supervisor.statistics.figures(YEAR, TARGETS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public OfficeFigures unchanged(Supervisor supervisor) {
        return supervisor.statistics.figures(YEAR, TARGETS);
    }
}
