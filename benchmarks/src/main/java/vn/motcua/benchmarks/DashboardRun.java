package vn.motcua.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeStatistics;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.QueueFigures;
import vn.motcua.core.statistics.ScorecardDefinition;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.sqlite.SqliteStatistics;

/**
 * The supervisor dashboard's reads on one synthetic year ({@link StatisticsYear}: 300,000 tickets, 100,000
 * dossiers, ratings) in a real SQLite file, cold and warm. Plain harness, not JMH: "cold" needs a fresh store
 * (new connections, empty SQLite page cache) and the file dropped from the OS page cache before each read.
 * Run: {@code scripts/run-dashboard-benchmark.sh [directory] [tickets]}.
 *
 * <p>Reads, as the dashboard makes them with "now" = 31/12 at 16:00 (the year's last working afternoon):
 * today (always computed from the records), this month, this quarter and this year (closed days from
 * {@code statistics_day}, today from the records), and the quarterly report (figures + scorecard + staffing +
 * productivity). "First build" is a quarter and the year computed with nothing kept yet (the first dashboard
 * opened after an upgrade, or after the kept days were cleared).
 */
public final class DashboardRun {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 31, 16, 0);
    private static final int WARM_RUNS = 30;

    private DashboardRun() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "/tmp/motcua-dashboard-year");
        int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        System.out.printf("Machine: %d cores, JVM %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        Path file = directory.resolve(OfflineStore.DATABASE_FILE);
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            StatisticsYear.Written written = new StatisticsYear(NOW.getYear(), tickets, 766).write(directory);
            System.out.printf("Generated %d working days: %,d tickets, %,d ticket events, %,d dossiers, %,d ratings "
                    + "in %.1f s%n", written.days(), written.tickets(), written.events(), written.dossiers(),
                    written.ratings(), (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("Database %s: %,d MB%n", file, Files.size(file) >> 20);
        Clock clock = Clock.fixed(NOW.atZone(WorkCalendar.ZONE).toInstant(), WorkCalendar.ZONE);
        ScorecardDefinition scorecard = bundledScorecard();
        StatisticsTargets targets = StatisticsTargets.defaults();
        LocalDate today = NOW.toLocalDate();
        record Read(String name, Function<OfficeStatistics, Object> run) {
        }
        List<Read> reads = List.of(
                new Read("today", s -> s.report(Period.day(today), targets).figures()),
                new Read("this month", s -> s.report(Period.month(today), targets).figures()),
                new Read("this quarter", s -> s.report(Period.quarter(today), targets).figures()),
                new Read("this year", s -> s.report(Period.year(today), targets).figures()),
                new Read("quarter report (+ scorecard, staffing, intake)", s -> s.report(Period.quarter(today),
                        targets)));

        try (OfflineStore store = OfflineStore.open(directory, SequenceBlock.WHOLE_RANGE)) {
            SqliteStatistics statistics = store.statistics(clock);
            statistics.forgetKeptDays();
            dropFromPageCache(directory);
            long start = System.nanoTime();
            statistics.figures(Period.quarter(today), targets);
            double quarter = millis(start);
            dropFromPageCache(directory);
            start = System.nanoTime();
            statistics.figures(Period.year(today), targets);
            System.out.printf("First build (nothing kept, file not in the OS cache): quarter %.0f ms, then the rest "
                    + "of the year %.0f ms%n", quarter, millis(start));
            // the kept days must give what the records give
            Period check = Period.quarter(today);
            boolean same = statistics.figures(check, targets).equals(statistics.records(check).figures(targets));
            System.out.println("Kept days agree with the records over the quarter: " + same);
            QueueFigures total = statistics.figures(Period.year(today), targets).queue(GroupKey.TOTAL);
            System.out.printf("Year: %,d tickets issued, mean wait %.0f s, median %.0f s, P90 %.0f s, max %d s, "
                    + "within 15 min %.1f %%, mean service %.0f s%n", total.issued(), total.waits().mean().orElse(0),
                    total.waits().median().orElse(0), total.waits().p90().orElse(0), total.waits().max().orElse(0),
                    100 * total.waitedAtMost(java.time.Duration.ofMinutes(15)).orElse(0),
                    total.services().mean().orElse(0));
        }

        System.out.printf("%nCold: a fresh store (new connections) and the file dropped from the OS page cache. Warm after a "
                + "change: a keypad rating for today is stored before each read, so today is recomputed from its "
                + "records (the closed days' sum is reused while their kept rows are unchanged). Unchanged: nothing "
                + "written between reads (the last figures reused)."
                + "%n%-48s %9s %11s %11s %11s %11s%n", "read", "cold ms", "changed p50", "changed p90", "changed max",
                "unchanged");
        for (Read read : reads) {
            double cold;
            try (OfflineStore store = OfflineStore.open(directory, SequenceBlock.WHOLE_RANGE)) {
                OfficeStatistics statistics = new OfficeStatistics(store.statistics(clock), WorkCalendar.vietnam(),
                        scorecard, clock);
                dropFromPageCache(directory);
                long start = System.nanoTime();
                read.run().apply(statistics);
                cold = millis(start);
            }
            try (OfflineStore store = OfflineStore.open(directory, SequenceBlock.WHOLE_RANGE)) {
                OfficeStatistics statistics = new OfficeStatistics(store.statistics(clock), WorkCalendar.vietnam(),
                        scorecard, clock);
                for (int i = 0; i < 5; i++) {
                    read.run().apply(statistics);
                }
                double[] warm = new double[WARM_RUNS];
                double[] unchanged = new double[WARM_RUNS];
                try (Connection keypad = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    for (int i = 0; i < WARM_RUNS; i++) {
                        rate(keypad, NOW.minusMinutes(WARM_RUNS - i));
                        long start = System.nanoTime();
                        read.run().apply(statistics);
                        warm[i] = millis(start);
                        start = System.nanoTime();
                        read.run().apply(statistics);
                        unchanged[i] = millis(start);
                    }
                    try (Statement undo = keypad.createStatement()) {
                        undo.executeUpdate("DELETE FROM rating WHERE keypad = 'benchmark'");
                    }
                }
                Arrays.sort(warm);
                Arrays.sort(unchanged);
                System.out.printf("%-48s %9.1f %11.1f %11.1f %11.1f %11.2f%n", read.name(), cold, warm[WARM_RUNS / 2],
                        warm[(int) Math.ceil(WARM_RUNS * 0.9) - 1], warm[WARM_RUNS - 1], unchanged[WARM_RUNS / 2]);
            }
        }
    }

    /** A keypad press for today, as the rating keypad host would store it. */
    private static void rate(Connection keypad, LocalDateTime at) throws SQLException {
        try (PreparedStatement insert = keypad.prepareStatement(
                "INSERT INTO rating (counter, keypad, key_number, dossier_code, clerk, level, flag, pressed_at, held_ms) "
                        + "VALUES (1, 'benchmark', 2, 'BENCHMARK-' || ?1, 'benchmark', 'SATISFIED', 'NONE', ?1, 0)")) {
            insert.setString(1, at.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS")));
            insert.executeUpdate();
        }
    }

    static ScorecardDefinition bundledScorecard() {
        return vn.motcua.store.statistics.Scorecards.bundled();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Asks the kernel to drop the database files from its page cache ({@code dd iflag=nocache count=0}, which
     * calls posix_fadvise DONTNEED on the whole file), so a cold read really reads the disk.
     */
    private static void dropFromPageCache(Path directory) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path file = directory.resolve(OfflineStore.DATABASE_FILE + suffix);
            if (Files.exists(file)) {
                names.add(file.toString());
            }
        }
        for (String name : names) {
            Process dd = new ProcessBuilder("dd", "if=" + name, "iflag=nocache", "count=0", "status=none")
                    .inheritIO().start();
            if (dd.waitFor() != 0) {
                throw new IOException("dd could not drop " + name + " from the page cache");
            }
        }
    }
}
