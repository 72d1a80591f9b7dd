package vn.motcua.centre;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.statistics.FiguresCodec;

/**
 * The centre's statistics read model on the server (migration V005): closed days computed by one supervisor's desk,
 * read by every other. A stored day is valid while no event above {@code statistics_mark} names it and its print
 * (its tickets, ratings and reasons counted) is unchanged; the desk that asks next deletes the days the new events
 * name and moves the mark ({@link #bringUpTo}), and only stores what it computed if nobody moved the mark since.
 */
final class ServerDays {
    private static final String READ = """
            SELECT day, codec, figures, tickets, ratings, reasons, reason_hash FROM statistics_day
            WHERE counts_flagged = ? AND day = ANY (?::date[])""";
    private static final String STORE = """
            INSERT INTO statistics_day (day, counts_flagged, codec, figures, tickets, ratings, reasons, reason_hash,
                                        computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (day, counts_flagged) DO UPDATE SET codec = excluded.codec, figures = excluded.figures,
                tickets = excluded.tickets, ratings = excluded.ratings, reasons = excluded.reasons,
                reason_hash = excluded.reason_hash, computed_at = excluded.computed_at""";
    private static final String LOCK_MARK = "SELECT event_mark FROM statistics_mark WHERE id = 1 FOR UPDATE";

    private ServerDays() {
    }

    /**
     * What {@link #bringUpTo} did: the stored days are valid at {@code mark}; if it read which days the events after
     * {@code from} up to the mark name, they are {@code changed}.
     */
    record Advance(long mark, long from, Optional<List<LocalDate>> changed) {
        /** The days the events after {@code since} up to the mark name, if this advance read exactly those. */
        Optional<List<LocalDate>> changedSince(long since) {
            return since == from ? changed : Optional.empty();
        }
    }

    /**
     * Makes the stored days valid at {@code mark}: the days named by the events since the stored mark are deleted and
     * the mark moved. A mark already further (another desk asked later) stays.
     *
     * @return the mark the stored days are valid at now, and the days found changed on the way
     */
    static Advance bringUpTo(Connection connection, long mark) throws SQLException {
        long stored = lockMark(connection);
        if (stored >= mark) {
            return new Advance(stored, stored, Optional.empty());
        }
        Optional<List<LocalDate>> changed = Optional.empty();
        if (QueueSql.first(connection, "SELECT 1 FROM statistics_day LIMIT 1", QueueSql.NOTHING, rows -> 1)
                .isPresent()) {
            List<LocalDate> days = CentreStatistics.changedDays(connection, stored, mark);
            changed = Optional.of(days);
            if (!days.isEmpty()) {
                QueueSql.execute(connection, "DELETE FROM statistics_day WHERE day = ANY (?::date[])",
                        statement -> statement.setArray(1, dates(connection, days)));
            }
        }
        QueueSql.execute(connection, "UPDATE statistics_mark SET event_mark = ? WHERE id = 1",
                statement -> statement.setLong(1, mark));
        return new Advance(mark, stored, changed);
    }

    /** The stored days among {@code days}, with the prints they were computed from. */
    static Map<LocalDate, CentreStatistics.KeptDay> read(Connection connection, boolean flagged,
            Collection<LocalDate> days) throws SQLException {
        Map<LocalDate, CentreStatistics.KeptDay> found = new HashMap<>();
        if (days.isEmpty()) {
            return found;
        }
        QueueSql.list(connection, READ, statement -> {
            statement.setBoolean(1, flagged);
            statement.setArray(2, dates(connection, days));
        }, rows -> {
            if (rows.getInt("codec") == FiguresCodec.VERSION) {
                found.put(PostgresDialect.INSTANCE.day(rows, "day"), new CentreStatistics.KeptDay(
                        new CentreStatistics.DayPrint(rows.getLong("tickets"), rows.getLong("ratings"),
                                rows.getLong("reasons"), rows.getLong("reason_hash")),
                        FiguresCodec.decode(rows.getBytes("figures"))));
            }
            return null;
        });
        return found;
    }

    /**
     * Stores days computed from a snapshot taken after the stored days were made valid at {@code mark}; nothing if
     * another desk moved the mark since (the days it found changed may be among these).
     */
    static int store(Connection connection, long mark, boolean flagged, Map<LocalDate, CentreStatistics.KeptDay> days,
            LocalDateTime now) throws SQLException {
        if (lockMark(connection) != mark) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(STORE)) {
            for (Map.Entry<LocalDate, CentreStatistics.KeptDay> day : days.entrySet()) {
                CentreStatistics.DayPrint print = day.getValue().print();
                PostgresDialect.INSTANCE.setDay(insert, 1, day.getKey());
                insert.setBoolean(2, flagged);
                insert.setInt(3, FiguresCodec.VERSION);
                insert.setBytes(4, FiguresCodec.encode(day.getValue().figures()));
                insert.setLong(5, print.tickets());
                insert.setLong(6, print.ratings());
                insert.setLong(7, print.reasons());
                insert.setLong(8, print.reasonHash());
                PostgresDialect.INSTANCE.setTime(insert, 9, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return days.size();
    }

    private static long lockMark(Connection connection) throws SQLException {
        return QueueSql.first(connection, LOCK_MARK, QueueSql.NOTHING, rows -> rows.getLong(1)).orElse(0L);
    }

    private static java.sql.Array dates(Connection connection, Collection<LocalDate> days) throws SQLException {
        return connection.createArrayOf("text", days.stream().map(LocalDate::toString).toArray());
    }
}
