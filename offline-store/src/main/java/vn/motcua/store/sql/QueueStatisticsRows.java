package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.WaitQuote;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.ServiceLeg;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.core.statistics.TicketHistory;
import vn.motcua.core.statistics.TicketVisit;

/**
 * The queue's and the ratings' statistics records of a period, read the same way from the desk's SQLite store and
 * from the centre's PostgreSQL server: tickets by {@code day} (index {@code ticket_day_status} in both), their events
 * by ticket id range ({@code ticket_event_ticket}), ratings by time ({@code rating_by_time} in both). The core reads each ticket's events into its visit and services
 * ({@link TicketHistory}). Dossiers are not here: they are each desk's own (SQLite only).
 *
 * <p>The events are read by the range of the period's ticket ids: ids rise with issuing in both stores, so the range
 * holds the period's tickets and at most a few of a neighbouring day, whose events are read and left unused.
 *
 * <p>A press of a key the rating scale does not map ({@code UNKNOWN_KEY}, no level) is not a rating and is not read.
 */
public final class QueueStatisticsRows {
    static final String TICKETS = """
            SELECT id, service_id, issued_at, walk_in, people_ahead, quoted_from_seconds, quoted_to_seconds
            FROM ticket WHERE day >= ? AND day < ? ORDER BY id""";
    static final String EVENTS = """
            SELECT ticket_id, kind, at, counter_number, clerk, service_id FROM ticket_event
            WHERE ticket_id BETWEEN ? AND ? ORDER BY ticket_id, id""";
    static final String RATINGS = """
            SELECT pressed_at, counter, clerk, ticket_id, dossier_code, level, flag, reason FROM rating
            WHERE pressed_at >= ? AND pressed_at < ? AND level IS NOT NULL ORDER BY pressed_at, id""";

    private final SqlDialect dialect;

    public QueueStatisticsRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The period's tickets, services and ratings; no dossiers (the caller adds its own). */
    public StatisticsRecords read(Connection connection, Period period) throws SQLException {
        List<TicketVisit> visits = new ArrayList<>();
        List<ServiceLeg> legs = new ArrayList<>();
        readTickets(connection, period, visits, legs);
        return new StatisticsRecords(period, visits, legs, ratings(connection, period), List.of());
    }

    private record TicketRow(TicketId id, ServiceId service, LocalDateTime issuedAt, boolean walkIn,
            Optional<WaitQuote> quote) {
    }

    private void readTickets(Connection connection, Period period, List<TicketVisit> visits, List<ServiceLeg> legs)
            throws SQLException {
        List<TicketRow> tickets = QueueSql.list(connection, TICKETS, statement -> {
            dialect.setDay(statement, 1, period.from());
            dialect.setDay(statement, 2, period.until());
        }, rows -> {
            Optional<WaitQuote> quote = Optional.empty();
            long quotedFrom = rows.getLong("quoted_from_seconds");
            if (!rows.wasNull()) {
                quote = Optional.of(new WaitQuote(Math.max(0, rows.getInt("people_ahead")),
                        Duration.ofSeconds(quotedFrom), Duration.ofSeconds(rows.getLong("quoted_to_seconds"))));
            }
            return new TicketRow(new TicketId(rows.getLong("id")), new ServiceId(rows.getString("service_id")),
                    dialect.time(rows, "issued_at"), dialect.flag(rows, "walk_in"), quote);
        });
        if (tickets.isEmpty()) {
            return;
        }
        Map<Long, List<TicketEvent>> events = new HashMap<>(tickets.size() * 2);
        try (PreparedStatement query = connection.prepareStatement(EVENTS)) {
            query.setLong(1, tickets.getFirst().id().value());
            query.setLong(2, tickets.getLast().id().value());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long ticket = rows.getLong("ticket_id");
                    OptionalInt counter = QueueSql.optionalInt(rows, "counter_number");
                    events.computeIfAbsent(ticket, id -> new ArrayList<>(6)).add(new TicketEvent(
                            new TicketId(ticket), TicketEventKind.valueOf(rows.getString("kind")),
                            dialect.time(rows, "at"), counter, Optional.ofNullable(rows.getString("clerk")),
                            new ServiceId(rows.getString("service_id")), ""));
                }
            }
        }
        for (TicketRow ticket : tickets) {
            TicketHistory.Read read = TicketHistory.read(ticket.id(), ticket.service(), ticket.issuedAt(),
                    ticket.walkIn(), ticket.quote(), events.getOrDefault(ticket.id().value(), List.of()));
            visits.add(read.visit());
            legs.addAll(read.legs());
        }
    }

    /** Bound by the period's days: {@code pressed_at} compared with a day means from its midnight, in both stores. */
    private List<RatingRecord> ratings(Connection connection, Period period) throws SQLException {
        return QueueSql.list(connection, RATINGS, statement -> {
            dialect.setDay(statement, 1, period.from());
            dialect.setDay(statement, 2, period.until());
        }, rows -> {
            long ticket = rows.getLong("ticket_id");
            Optional<TicketId> ticketId = rows.wasNull() ? Optional.empty() : Optional.of(new TicketId(ticket));
            return new RatingRecord(dialect.time(rows, "pressed_at"), rows.getInt("counter"),
                    Optional.ofNullable(rows.getString("clerk")), ticketId,
                    Optional.ofNullable(rows.getString("dossier_code")),
                    RatingRecord.Level.valueOf(rows.getString("level")),
                    RatingRecord.Flag.valueOf(rows.getString("flag")),
                    Optional.ofNullable(rows.getString("reason")).filter(reason -> !reason.isBlank()));
        });
    }
}
