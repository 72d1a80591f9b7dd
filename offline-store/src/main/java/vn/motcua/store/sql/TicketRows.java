package vn.motcua.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.queue.Priority;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.PriorityReason;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.queue.WaitQuote;

/** How a {@link Ticket} is written to and read from the {@code ticket} table, the same in both stores. */
public final class TicketRows {
    /** Every column but id, in the order {@link #bind} writes them. */
    private static final List<String> COLUMNS = List.of("day", "prefix", "sequence", "service_id", "priority_group",
            "priority_reason", "status", "issued_at", "queued_at", "at_front", "reserved_for", "held_by", "calls",
            "called_at", "last_called_at", "first_called_at", "return_to", "walk_in", "people_ahead",
            "quoted_from_seconds", "quoted_to_seconds", "reason");
    public static final String SELECT = "SELECT id, " + String.join(", ", COLUMNS) + " FROM ticket ";
    static final String INSERT = "INSERT INTO ticket (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + String.join(", ", Collections.nCopies(COLUMNS.size() + 1, "?")) + ")";
    static final String UPDATE = "UPDATE ticket SET " + String.join(" = ?, ", COLUMNS) + " = ? WHERE id = ?";
    public static final String QUEUE_ORDER = " ORDER BY at_front DESC, queued_at, id";

    private final SqlDialect dialect;

    public TicketRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Binds every column, the id last: the same for {@link #INSERT} and {@link #UPDATE}. */
    void bind(PreparedStatement statement, Ticket ticket) throws SQLException {
        int i = 1;
        dialect.setDay(statement, i++, ticket.day());
        statement.setString(i++, ticket.number().prefix());
        statement.setInt(i++, ticket.number().sequence());
        statement.setString(i++, ticket.service().value());
        statement.setString(i++, ticket.priority().group().name());
        statement.setString(i++, ticket.priority().reason().map(Enum::name).orElse(null));
        statement.setString(i++, ticket.status().name());
        dialect.setTime(statement, i++, ticket.issuedAt());
        i = bindPlace(statement, i, ticket.place());
        i = bindCall(statement, i, ticket.call());
        dialect.setOptionalTime(statement, i++, ticket.firstCalledAt());
        statement.setString(i++, ticket.returnTo().map(ServiceId::value).orElse(null));
        dialect.setFlag(statement, i++, ticket.walkIn());
        i = bindQuote(statement, i, ticket.quote());
        statement.setString(i++, ticket.reason().orElse(null));
        statement.setLong(i, ticket.id().value());
    }

    public Ticket read(ResultSet rows) throws SQLException {
        return new Ticket(new TicketId(rows.getLong("id")),
                new TicketNumber(rows.getString("prefix"), rows.getInt("sequence")),
                dialect.day(rows, "day"), new ServiceId(rows.getString("service_id")), priority(rows),
                TicketStatus.valueOf(rows.getString("status")), dialect.time(rows, "issued_at"),
                place(rows), call(rows), dialect.optionalTime(rows, "first_called_at"),
                Optional.ofNullable(rows.getString("return_to")).map(ServiceId::new), dialect.flag(rows, "walk_in"),
                quote(rows), Optional.ofNullable(rows.getString("reason")));
    }

    static Optional<WaitQuote> quote(ResultSet rows) throws SQLException {
        OptionalInt ahead = QueueSql.optionalInt(rows, "people_ahead");
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WaitQuote(ahead.getAsInt(), Duration.ofSeconds(rows.getLong("quoted_from_seconds")),
                Duration.ofSeconds(rows.getLong("quoted_to_seconds"))));
    }

    private int bindPlace(PreparedStatement statement, int start, Ticket.Place place) throws SQLException {
        int i = start;
        dialect.setTime(statement, i++, place.queuedAt());
        dialect.setFlag(statement, i++, place.atFront());
        QueueSql.setOptionalInt(statement, i++, place.reservedFor());
        return i;
    }

    private int bindCall(PreparedStatement statement, int start, Optional<Ticket.Call> call)
            throws SQLException {
        int i = start;
        QueueSql.setOptionalInt(statement, i++, call.map(c -> OptionalInt.of(c.counter())).orElse(OptionalInt.empty()));
        QueueSql.setOptionalInt(statement, i++, call.map(c -> OptionalInt.of(c.calls())).orElse(OptionalInt.empty()));
        dialect.setOptionalTime(statement, i++, call.map(Ticket.Call::calledAt));
        dialect.setOptionalTime(statement, i++, call.map(Ticket.Call::lastCalledAt));
        return i;
    }

    private static int bindQuote(PreparedStatement statement, int start, Optional<WaitQuote> quote)
            throws SQLException {
        int i = start;
        if (quote.isEmpty()) {
            for (int k = 0; k < 3; k++) {
                statement.setNull(i++, Types.INTEGER);
            }
            return i;
        }
        statement.setInt(i++, quote.get().peopleAhead());
        statement.setLong(i++, quote.get().from().toSeconds());
        statement.setLong(i++, quote.get().to().toSeconds());
        return i;
    }

    private static Priority priority(ResultSet rows) throws SQLException {
        PriorityGroup group = PriorityGroup.valueOf(rows.getString("priority_group"));
        Optional<PriorityReason> reason = Optional.ofNullable(rows.getString("priority_reason"))
                .map(PriorityReason::valueOf);
        return new Priority(group, reason);
    }

    private Ticket.Place place(ResultSet rows) throws SQLException {
        return new Ticket.Place(dialect.time(rows, "queued_at"), dialect.flag(rows, "at_front"),
                QueueSql.optionalInt(rows, "reserved_for"));
    }

    private Optional<Ticket.Call> call(ResultSet rows) throws SQLException {
        OptionalInt counter = QueueSql.optionalInt(rows, "held_by");
        if (counter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ticket.Call(counter.getAsInt(), rows.getInt("calls"),
                dialect.time(rows, "called_at"), dialect.time(rows, "last_called_at")));
    }
}
