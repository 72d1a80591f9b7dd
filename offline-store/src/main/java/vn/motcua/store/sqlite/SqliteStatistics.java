package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.statistics.DossierRecord;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.core.statistics.StatisticsSource;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.QueueStatisticsRows;
import vn.motcua.store.statistics.FiguresCodec;

/**
 * The supervisor's statistics from the store (V003 queue, V002/V005/V008 dossiers, V010 ratings, V011 indexes
 * and day figures).
 *
 * <p>Records of a period are read with one query per kind: tickets, their events and ratings with the queries shared
 * with the centre's PostgreSQL store ({@link QueueStatisticsRows}), dossiers received in the period ({@code dossier_newest_first}) or ended, refused or
 * returned in it ({@code dossier_status_change_by_time}), each with its history, extensions, components and ticket
 * in scalar subqueries on their primary keys. The core reads tickets' events into visits and services
 * ({@link TicketHistory}) and adds everything up.
 *
 * <p>Figures of a period are the sum of its days. A closed day (before today) is computed once and kept in
 * {@code statistics_day}; triggers delete a kept day in the same transaction as any change it depends on, and a
 * day is only stored when {@code statistics_generation} shows nothing changed since the snapshot it was computed
 * from. Today is computed from the records, and the last figures given are reused as long as
 * {@code statistics_generation} has not moved (nothing they depend on changed).
 */
public final class SqliteStatistics implements StatisticsSource {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStatistics.class);

    /** History as "from to at" rows in order, components as "count digitised reused national". */
    static final String DOSSIERS = """
            WITH codes (code) AS (
                SELECT code FROM dossier WHERE received_at >= ? AND received_at < ?
                UNION
                SELECT dossier_code FROM dossier_status_change
                WHERE to_status IN ('PROCESSED', 'NOT_RECEIVED', 'RESULT_RETURNED') AND at >= ? AND at < ?)
            SELECT d.code, d.procedure_code, d.received_at, d.received_by, d.due_at, d.status,
                (SELECT t.counter FROM dossier_ticket t WHERE t.dossier_code = d.code),
                (SELECT c.from_due FROM dossier_due_change c WHERE c.dossier_code = d.code ORDER BY c.position LIMIT 1),
                (SELECT group_concat(coalesce(s.from_status, '-') || ' ' || s.to_status || ' ' || s.at, '|'
                        ORDER BY s.position)
                    FROM dossier_status_change s WHERE s.dossier_code = d.code),
                (SELECT count(*) || ' ' || coalesce(sum(k.digitised), 0) || ' ' || coalesce(sum(k.reused), 0) || ' '
                        || coalesce(sum(k.from_national_store), 0)
                    FROM dossier_component k WHERE k.dossier_code = d.code)
            FROM codes JOIN dossier d ON d.code = codes.code
            ORDER BY d.received_at, d.code""";
    /** The tickets, services and ratings: the same queries as the centre's PostgreSQL store. */
    private static final QueueStatisticsRows QUEUE = new QueueStatisticsRows(SqliteDialect.INSTANCE);

    private final Database database;
    private final Clock clock;
    /** The last figures given, reused while nothing they depend on has changed (same generation). */
    private volatile Memo memo;

    /**
     * The last question and its answer: reused whole while the generation has not moved, and its closed days' sum
     * reused while the kept days of the period are the same rows (a change today moves the generation but leaves
     * the closed days alone).
     */
    private record Memo(Period period, int flagged, LocalDate today, long generation, Optional<KeptState> closedState,
            OfficeFigures closedSum, OfficeFigures figures) {
    }

    public SqliteStatistics(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public StatisticsRecords records(Period period) {
        return database.read(connection -> read(connection, period));
    }

    @Override
    public OfficeFigures figures(Period period, StatisticsTargets targets) {
        LocalDate today = LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE).toLocalDate();
        LocalDate closedUntil = period.until().isAfter(today) ? today : period.until();
        boolean hasClosed = closedUntil.isAfter(period.from());
        long closedDays = hasClosed ? closedUntil.toEpochDay() - period.from().toEpochDay() : 0;
        int flagged = Columns.flag(targets.countFlaggedRatings());
        record Snapshot(long generation, Optional<KeptState> state, Map<LocalDate, OfficeFigures> kept,
                Map<LocalDate, OfficeFigures> computed, Optional<OfficeFigures> closedSum,
                Optional<OfficeFigures> today) {
        }
        Memo last = memo;
        boolean sameQuestion = last != null && last.flagged() == flagged && last.today().equals(today)
                && last.period().equals(period);
        Snapshot snapshot = database.read(connection -> {
            long generation = generation(connection);
            if (sameQuestion && last.generation() == generation) {
                return null;
            }
            Optional<KeptState> state = Optional.empty();
            Map<LocalDate, OfficeFigures> kept = Map.of();
            Map<LocalDate, OfficeFigures> computed = new HashMap<>();
            Optional<OfficeFigures> closedSum = Optional.empty();
            if (hasClosed) {
                state = Optional.of(keptState(connection, period.from(), closedUntil, flagged));
                if (sameQuestion && last.closedState().isPresent() && state.get().count() == closedDays
                        && state.equals(last.closedState())) {
                    closedSum = Optional.of(last.closedSum());
                } else {
                    kept = kept(connection, period.from(), closedUntil, flagged);
                    for (Period missing : missingRuns(period.from(), closedUntil, kept)) {
                        computed.putAll(read(connection, missing).figuresByDay(targets));
                    }
                }
            }
            Optional<OfficeFigures> live = period.contains(today)
                    ? Optional.of(read(connection, Period.day(today)).figures(targets)) : Optional.empty();
            return new Snapshot(generation, state, kept, computed, closedSum, live);
        });
        if (snapshot == null) {
            return last.figures();
        }
        OfficeFigures closed;
        Optional<KeptState> closedState;
        if (snapshot.closedSum().isPresent()) {
            closed = snapshot.closedSum().get();
            closedState = snapshot.state();
        } else {
            boolean stored = snapshot.computed().isEmpty()
                    || store(snapshot.computed(), flagged, snapshot.generation());
            OfficeFigures.Builder sum = new OfficeFigures.Builder(null, targets);
            snapshot.kept().values().forEach(sum::add);
            snapshot.computed().values().forEach(sum::add);
            closed = sum.build();
            // what statistics_day holds for the period now, if this read's days were all kept
            closedState = stored && hasClosed ? Optional.of(new KeptState(closedDays, snapshot.computed().isEmpty()
                    ? snapshot.state().orElseThrow().newest()
                    : Math.max(snapshot.state().orElseThrow().newest(), snapshot.generation()))) : Optional.empty();
        }
        // plus() merges only the groups today has; the closed days' other groups are shared as they are
        OfficeFigures figures = snapshot.today().map(closed::plus).orElse(closed);
        memo = new Memo(period, flagged, today, snapshot.generation(), closedState, closed, figures);
        return figures;
    }

    /** How many days of a range are kept, and the newest generation among them: a change to either means a kept day was replaced. */
    private record KeptState(long count, long newest) {
    }

    private static KeptState keptState(Connection connection, LocalDate from, LocalDate until, int flagged)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT count(*), coalesce(max(generation), -1) FROM statistics_day
                WHERE day >= ? AND day < ? AND counts_flagged = ? AND codec = ?""")) {
            query.setString(1, from.toString());
            query.setString(2, until.toString());
            query.setInt(3, flagged);
            query.setInt(4, FiguresCodec.VERSION);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new KeptState(rows.getLong(1), rows.getLong(2));
            }
        }
    }

    /** Forgets every kept day (they are recomputed on the next read); for tests and benchmarks of a cold start. */
    public void forgetKeptDays() {
        database.write(Durability.NORMAL, connection -> QueueSql.execute(connection, "DELETE FROM statistics_day",
                QueueSql.NOTHING));
    }

    private static long generation(Connection connection) throws SQLException {
        return QueueSql.first(connection, "SELECT value FROM statistics_generation WHERE id = 1", QueueSql.NOTHING,
                rows -> rows.getLong(1)).orElse(0L);
    }

    private static Map<LocalDate, OfficeFigures> kept(Connection connection, LocalDate from, LocalDate until,
            int flagged) throws SQLException {
        Map<LocalDate, OfficeFigures> kept = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT day, codec, figures FROM statistics_day WHERE day >= ? AND day < ? AND counts_flagged = ?""")) {
            query.setString(1, from.toString());
            query.setString(2, until.toString());
            query.setInt(3, flagged);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(2) != FiguresCodec.VERSION) {
                        continue;
                    }
                    try {
                        kept.put(LocalDate.parse(rows.getString(1)), FiguresCodec.decode(rows.getBytes(3)));
                    } catch (IllegalArgumentException e) {
                        LOG.warn("Kept statistics of {} unreadable, computing them again: {}", rows.getString(1),
                                e.getMessage());
                    }
                }
            }
        }
        return kept;
    }

    /** Runs of consecutive days not kept, each read with one set of queries. */
    private static List<Period> missingRuns(LocalDate from, LocalDate until, Map<LocalDate, OfficeFigures> kept) {
        List<Period> runs = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (!kept.containsKey(day) && start == null) {
                start = day;
            } else if (kept.containsKey(day) && start != null) {
                runs.add(Period.custom(start, day.minusDays(1)));
                start = null;
            }
        }
        if (start != null) {
            runs.add(Period.custom(start, until.minusDays(1)));
        }
        return runs;
    }

    /** @return whether the days were stored (nothing changed since the snapshot they were computed from) */
    private boolean store(Map<LocalDate, OfficeFigures> computed, int flagged, long generation) {
        String now = Columns.time(LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE));
        int stored = database.write(Durability.NORMAL, connection -> {
            if (generation(connection) != generation) {
                return 0; // something changed since the snapshot: compute again next time
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO statistics_day (day, counts_flagged, codec, figures, generation, computed_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (day, counts_flagged) DO UPDATE SET codec = excluded.codec,
                        figures = excluded.figures, generation = excluded.generation,
                        computed_at = excluded.computed_at""")) {
                for (var entry : computed.entrySet()) {
                    insert.setString(1, entry.getKey().toString());
                    insert.setInt(2, flagged);
                    insert.setInt(3, FiguresCodec.VERSION);
                    insert.setBytes(4, FiguresCodec.encode(entry.getValue()));
                    insert.setLong(5, generation);
                    insert.setString(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return computed.size();
        });
        LOG.debug("Kept the statistics of {} closed days", stored);
        return stored > 0;
    }

    private static StatisticsRecords read(Connection connection, Period period) throws SQLException {
        StatisticsRecords queue = QUEUE.read(connection, period);
        return new StatisticsRecords(period, queue.tickets(), queue.services(), queue.ratings(),
                dossiers(connection, period.from().toString(), period.until().toString()));
    }

    /**
     * The dossiers of the period (received, ended, refused or returned in it), for a source that reads the queue and
     * ratings elsewhere: the centre's server in centre mode, where each desk keeps its own dossiers.
     */
    public List<DossierRecord> dossiers(Period period) {
        return database.read(connection -> dossiers(connection, period.from().toString(),
                period.until().toString()));
    }

    private static List<DossierRecord> dossiers(Connection connection, String from, String until)
            throws SQLException {
        return QueueSql.list(connection, DOSSIERS, statement -> {
            statement.setString(1, from);
            statement.setString(2, until);
            statement.setString(3, from);
            statement.setString(4, until);
        }, SqliteStatistics::dossier);
    }

    private static DossierRecord dossier(ResultSet rows) throws SQLException {
        String code = rows.getString(1);
        Optional<LocalDateTime> due = Optional.ofNullable(rows.getString(5)).map(Columns::time);
        int counter = rows.getInt(7);
        OptionalInt counterNumber = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(counter);
        Optional<LocalDateTime> legalDue = Optional.ofNullable(rows.getString(8)).map(Columns::time).or(() -> due);
        DossierStatus first = null;
        int supplements = 0;
        LocalDateTime processed = null;
        LocalDateTime refused = null;
        LocalDateTime returned = null;
        String history = rows.getString(9);
        if (history != null) {
            for (String change : history.split("\\|")) {
                String[] parts = change.split(" ");
                DossierStatus to = DossierStatus.valueOf(parts[1]);
                boolean fresh = parts[0].equals("-");
                LocalDateTime at = Columns.time(parts[2]);
                if (first == null) {
                    first = to;
                }
                if (to == DossierStatus.SUPPLEMENT_REQUESTED && (fresh || !parts[0].equals(parts[1]))) {
                    supplements++;
                } else if (to == DossierStatus.PROCESSED && processed == null) {
                    processed = at;
                } else if (to == DossierStatus.NOT_RECEIVED && refused == null) {
                    refused = at;
                } else if (to == DossierStatus.RESULT_RETURNED && returned == null) {
                    returned = at;
                }
            }
        }
        DossierStatus status = DossierStatus.valueOf(rows.getString(6));
        String[] components = rows.getString(10).split(" ");
        return new DossierRecord(code, rows.getString(2), Columns.time(rows.getString(3)), rows.getString(4),
                counterNumber, first == null ? status : first, status, legalDue, Optional.ofNullable(processed),
                supplements, Optional.ofNullable(refused), Optional.ofNullable(returned),
                Integer.parseInt(components[0]), Integer.parseInt(components[1]), Integer.parseInt(components[2]),
                Integer.parseInt(components[3]));
    }

}
