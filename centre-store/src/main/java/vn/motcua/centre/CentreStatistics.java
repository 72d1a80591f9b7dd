package vn.motcua.centre;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.statistics.DossierRecord;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.ServiceLeg;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.core.statistics.StatisticsSource;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.core.statistics.TicketVisit;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.QueueStatisticsRows;
import vn.motcua.store.sqlite.SqliteStatistics;

/**
 * The supervisor's statistics in centre mode: the whole centre's queue (tickets with their events, hence waits and
 * services of every counter) and ratings from the centre's PostgreSQL server, and the dossiers of <em>this desk
 * only</em>, from its own SQLite offline store. Dossiers are not shared in centre mode (each counter takes its
 * dossiers in, keeps them and syncs them to the province itself), so the dossier figures shown on a desk of a centre
 * cover that counter's dossiers, not the centre's; the queue and rating figures cover the whole centre.
 *
 * <p>Records are read with the same queries as single-PC mode ({@link QueueStatisticsRows}) and added up the same
 * way, so the figures are exactly those of single-PC mode for the same records.
 *
 * <p><b>Closed days are kept twice</b>: in this desk's memory, and on the server as the centre's statistics read
 * model ({@link ServerDays}, table {@code statistics_day}), so a day computed by one supervisor's desk is read, not
 * computed, by every other and after a restart. A day before today, once computed, is kept with what it was
 * computed from, and is computed again only when that changed; every question checks it, in one read-only snapshot
 * with the reads it needs:
 * <ul>
 *   <li>the event log: the log's settled line ({@link EventHorizon}) is taken before the snapshot, so every event
 *       up to it is in the snapshot and every change to a ticket the kept days did not see is an event above the
 *       line of their read; the days of those events and of their tickets are read again (on the server, the desk that
 *       asks first deletes those days' rows, before its snapshot). Every change to a ticket
 *       that the statistics read (its service, a call, a transfer, a finish…) appends such an event;</li>
 *   <li>per day, the number of tickets issued (a ticket dated in the past by a desk whose clock is behind) and the
 *       number of ratings, of reasons and a hash of the reasons: ratings are only ever inserted and given a reason
 *       (the desks' role may do nothing else to them), so these change whenever a day's ratings do.</li>
 * </ul>
 * Today is read from its records again unless no event was written since and its counts agree. Another desk
 * changing a past day's ticket or rating is thus seen at the next question, never served from a stale day. The
 * dossier figures are this desk's dossiers of the period, read from its own store each time (a counter's share of
 * a year is a few thousand).
 *
 * <p>While the server is away, both methods throw {@link vn.motcua.core.queue.QueueUnavailableException}: figures
 * without the queue would be wrong rather than partial.
 */
public final class CentreStatistics implements StatisticsSource {
    /** About two years of days for each way of counting flagged ratings; a figure set is ~30 KB encoded. */
    static final int KEPT_DAYS = 800;
    /** The longest run of days read with one set of queries (see {@link #runs}). */
    static final int RUN_DAYS = 31;
    private static final QueueStatisticsRows QUEUE = new QueueStatisticsRows(PostgresDialect.INSTANCE);
    /** Per day: the tickets, and the ratings with their reasons (how many, and a hash of them). */
    private static final String PRINTS = """
            SELECT coalesce(t.day, r.day) AS day, coalesce(t.tickets, 0) AS tickets, coalesce(r.ratings, 0) AS ratings,
                   coalesce(r.reasons, 0) AS reasons, coalesce(r.reason_hash, 0) AS reason_hash
            FROM (SELECT day, count(*) AS tickets FROM ticket WHERE day >= ? AND day < ? GROUP BY day) t
            FULL JOIN (SELECT CAST(pressed_at AS date) AS day, count(*) AS ratings, count(reason) AS reasons,
                              sum(hashtext(reason)) AS reason_hash
                       FROM rating WHERE pressed_at >= ? AND pressed_at < ? GROUP BY 1) r ON r.day = t.day""";
    private static final String CHANGED_DAYS = """
            SELECT DISTINCT t.day AS ticket_day, CAST(e.at AS date) AS event_day
            FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
            WHERE e.id > ? AND e.id <= ?""";

    private final PostgresQueueStore centre;
    private final SqliteStatistics desk;
    private final Clock clock;
    /** Closed days' queue and rating figures, by day and whether flagged ratings count; least recently used first. */
    private final Map<DayKey, KeptDay> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DayKey, KeptDay> eldest) {
            return size() > KEPT_DAYS;
        }
    };
    /** The event log's last id as of the snapshot the kept days are current for. */
    private long eventMark = -1;
    private Today lastToday;
    private int daysComputed;

    private record DayKey(LocalDate day, boolean flagged) {
    }

    /** What a day's rows looked like when its figures were computed, besides its events. */
    record DayPrint(long tickets, long ratings, long reasons, long reasonHash) {
        static final DayPrint EMPTY = new DayPrint(0, 0, 0, 0);
    }

    record KeptDay(DayPrint print, OfficeFigures figures) {
    }

    /** Today's figures as last read: reused while no event was written since and its tickets and ratings agree. */
    private record Today(LocalDate day, boolean flagged, long mark, DayPrint print, OfficeFigures figures) {
    }

    /**
     * @param centre the centre's shared queue server
     * @param desk   this desk's own store, for its dossiers only (its queue tables are unused in centre mode)
     * @param clock  what today is: days before it are kept once read
     */
    public CentreStatistics(PostgresQueueStore centre, SqliteStatistics desk, Clock clock) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized OfficeFigures figures(Period period, StatisticsTargets targets) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(targets, "targets");
        LocalDate today = LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE).toLocalDate();
        LocalDate closedUntil = period.until().isAfter(today) ? today : period.until();
        boolean flagged = targets.countFlaggedRatings();
        record Read(long mark, Map<LocalDate, KeptDay> fresh, Map<LocalDate, KeptDay> computed,
                List<OfficeFigures> reused, Optional<OfficeFigures> today) {
        }
        // settled before the snapshot begins, so every event up to it is in the snapshot (EventHorizon)
        long mark = centre.lastEventId();
        ServerDays.Advance server = centre.inTransaction(connection -> ServerDays.bringUpTo(connection, mark));
        Read read = centre.readOnlySnapshot(connection -> {
            forgetChangedSince(connection, mark, server);
            Map<LocalDate, KeptDay> fresh = new HashMap<>();
            Map<LocalDate, KeptDay> computed = new HashMap<>();
            List<OfficeFigures> reused = new ArrayList<>();
            if (closedUntil.isAfter(period.from())) {
                Map<LocalDate, DayPrint> prints = prints(connection, period.from(), closedUntil);
                List<LocalDate> missing = new ArrayList<>();
                for (LocalDate day = period.from(); day.isBefore(closedUntil); day = day.plusDays(1)) {
                    DayPrint print = prints.getOrDefault(day, DayPrint.EMPTY);
                    KeptDay keptDay = kept.get(new DayKey(day, flagged));
                    if (keptDay != null && keptDay.print().equals(print)) {
                        reused.add(keptDay.figures());
                    } else {
                        missing.add(day);
                    }
                }
                ServerDays.read(connection, flagged, missing).forEach((day, stored) -> {
                    if (stored.print().equals(prints.getOrDefault(day, DayPrint.EMPTY))) {
                        fresh.put(day, stored);
                    }
                });
                missing.removeAll(fresh.keySet());
                for (Period run : runs(missing)) {
                    QUEUE.read(connection, run).figuresByDay(targets)
                            .forEach((day, figures) -> computed.put(day, new KeptDay(
                                    prints.getOrDefault(day, DayPrint.EMPTY), figures)));
                }
                fresh.putAll(computed);
            }
            Optional<OfficeFigures> live = Optional.empty();
            if (period.contains(today)) {
                DayPrint print = prints(connection, today, today.plusDays(1)).getOrDefault(today, DayPrint.EMPTY);
                Today last = lastToday;
                if (last != null && last.day().equals(today) && last.flagged() == flagged && last.mark() == mark
                        && last.print().equals(print)) {
                    live = Optional.of(last.figures());
                } else {
                    OfficeFigures figures = QUEUE.read(connection, Period.day(today)).figures(targets);
                    lastToday = new Today(today, flagged, mark, print, figures);
                    live = Optional.of(figures);
                }
            }
            return new Read(mark, fresh, computed, reused, live);
        });
        eventMark = read.mark();
        read.fresh().forEach((day, figures) -> kept.put(new DayKey(day, flagged), figures));
        if (!read.computed().isEmpty()) {
            daysComputed += read.computed().size();
            centre.inTransaction(connection -> ServerDays.store(connection, server.mark(), flagged, read.computed(),
                    LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE)));
        }
        List<DossierRecord> dossiers = desk.dossiers(period);
        OfficeFigures.Builder own = new OfficeFigures.Builder(period, targets);
        dossiers.forEach(own::add);
        OfficeFigures.Builder sum = new OfficeFigures.Builder(null, targets);
        read.reused().forEach(sum::add);
        read.fresh().values().forEach(day -> sum.add(day.figures()));
        read.today().ifPresent(sum::add);
        sum.add(own.build());
        return sum.build();
    }

    /**
     * Every record of the period read afresh, nothing kept: for exports and checks. One snapshot, read in runs of at
     * most {@value #RUN_DAYS} days (see {@link #runs}); together they are the period's records.
     */
    @Override
    public StatisticsRecords records(Period period) {
        Objects.requireNonNull(period, "period");
        StatisticsRecords queue = centre.readOnlySnapshot(connection -> {
            List<TicketVisit> tickets = new ArrayList<>();
            List<ServiceLeg> services = new ArrayList<>();
            List<RatingRecord> ratings = new ArrayList<>();
            for (Period run : runs(period.days().toList())) {
                StatisticsRecords part = QUEUE.read(connection, run);
                tickets.addAll(part.tickets());
                services.addAll(part.services());
                ratings.addAll(part.ratings());
            }
            return new StatisticsRecords(period, tickets, services, ratings, List.of());
        });
        List<DossierRecord> dossiers = desk.dossiers(period);
        return new StatisticsRecords(period, queue.tickets(), queue.services(), queue.ratings(), dossiers);
    }

    /** How many closed days this desk has computed from their records (not kept, nor read from the server): for tests. */
    public synchronized int daysComputed() {
        return daysComputed;
    }

    /** How many closed days are kept in memory now (both ways of counting flagged ratings): for tests. */
    public synchronized int keptDays() {
        return kept.size();
    }

    /** Drops the kept days of tickets that have events after the last mark, and the days of those events. */
    private void forgetChangedSince(Connection connection, long mark, ServerDays.Advance server)
            throws SQLException {
        if (eventMark < 0 || kept.isEmpty()) {
            return;
        }
        if (mark < eventMark) {
            kept.clear(); // another database behind the same address (restored): nothing kept can be trusted
            return;
        }
        if (mark == eventMark) {
            return;
        }
        // the server's advance has usually just read the same range
        Optional<List<LocalDate>> read = server.changedSince(eventMark);
        List<LocalDate> changed = read.isPresent() ? read.get() : changedDays(connection, eventMark, mark);
        for (LocalDate day : changed) {
            kept.remove(new DayKey(day, true));
            kept.remove(new DayKey(day, false));
        }
    }

    /** The days of the tickets of the events after {@code after} up to {@code upTo}, and those events' days. */
    static List<LocalDate> changedDays(Connection connection, long after, long upTo) throws SQLException {
        return QueueSql.list(connection, CHANGED_DAYS, statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
        }, rows -> List.of(PostgresDialect.INSTANCE.day(rows, "ticket_day"),
                PostgresDialect.INSTANCE.day(rows, "event_day")))
                .stream().flatMap(List::stream).distinct().toList();
    }

    private static Map<LocalDate, DayPrint> prints(Connection connection, LocalDate from, LocalDate until)
            throws SQLException {
        Map<LocalDate, DayPrint> prints = new HashMap<>();
        QueueSql.list(connection, PRINTS, statement -> {
            for (int i = 1; i <= 3; i += 2) {
                PostgresDialect.INSTANCE.setDay(statement, i, from);
                PostgresDialect.INSTANCE.setDay(statement, i + 1, until);
            }
        }, rows -> prints.put(PostgresDialect.INSTANCE.day(rows, "day"), new DayPrint(rows.getLong("tickets"),
                rows.getLong("ratings"), rows.getLong("reasons"), rows.getLong("reason_hash"))));
        return prints;
    }

    /**
     * Runs of consecutive days, each read with one set of queries, of at most {@value #RUN_DAYS} days: the server
     * ends a session left idle inside its transaction for 15 s, and adding up a whole year's records between two
     * statements of the snapshot can take that long on a busy PC.
     */
    private static List<Period> runs(List<LocalDate> days) {
        List<Period> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate last = null;
        for (LocalDate day : days) {
            if (start != null && (!day.equals(last.plusDays(1)) || start.plusDays(RUN_DAYS - 1).isBefore(day))) {
                runs.add(Period.custom(start, last));
                start = null;
            }
            if (start == null) {
                start = day;
            }
            last = day;
        }
        if (start != null) {
            runs.add(Period.custom(start, last));
        }
        return runs;
    }
}
