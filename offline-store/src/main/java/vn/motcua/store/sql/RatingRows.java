package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;

/**
 * The {@code rating} table (SQLite V010 and V012, PostgreSQL V002 and V004): one row per keypad press, the same queries in both stores;
 * only how {@code pressed_at} is kept differs ({@link SqlDialect}). Where a counted rating's dossiers are queued for
 * the province is not here: that is the desk's own outbox.
 */
public final class RatingRows {
    private static final String COLUMNS = "id, counter, keypad, key_number, ticket_id, dossier_code, clerk, level, "
            + "flag, reason, pressed_at, held_ms";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM rating ";
    private static final String INSERT = """
            INSERT INTO rating (counter, keypad, key_number, ticket_id, dossier_code, clerk, level, flag, pressed_at,
                                held_ms, press_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";
    /** Only an accepted rating without a reason takes one. */
    private static final String GIVE_REASON = "UPDATE rating SET reason = ? WHERE id = ? AND flag = 'NONE' "
            + "AND reason IS NULL RETURNING " + COLUMNS;

    private final SqlDialect dialect;

    public RatingRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Stores the press; a second accepted rating of the same ticket at the same counter breaks a unique index. */
    public Rating insert(Connection connection, NewRating rating) throws SQLException {
        long id = QueueSql.first(connection, INSERT, statement -> {
            statement.setInt(1, rating.counter());
            statement.setString(2, rating.keypad());
            statement.setInt(3, Math.max(0, rating.key()));
            setTicket(statement, 4, rating.ticket());
            statement.setString(5, rating.dossier().map(DossierCode::value).orElse(null));
            statement.setString(6, rating.clerk().orElse(null));
            statement.setString(7, rating.level().map(Enum::name).orElse(null));
            statement.setString(8, rating.flag().name());
            dialect.setTime(statement, 9, rating.pressedAt());
            statement.setLong(10, rating.heldMillis());
            statement.setString(11, rating.press().toString());
        }, rows -> rows.getLong(1)).orElseThrow(() -> new SQLException("The rating insert returned no id"));
        return rating.stored(id);
    }

    /** The press stored under its own id ({@code press_key}, unique: SQLite V012, PostgreSQL V004). */
    public Optional<Rating> ofPress(Connection connection, UUID press) throws SQLException {
        return QueueSql.first(connection, SELECT + "WHERE press_key = ?",
                statement -> statement.setString(1, press.toString()), this::read);
    }

    /** @return the rating with its reason; empty when it is not an accepted rating or has a reason already */
    public Optional<Rating> giveReason(Connection connection, long id, String reason) throws SQLException {
        return QueueSql.first(connection, GIVE_REASON, statement -> {
            statement.setString(1, reason);
            statement.setLong(2, id);
        }, this::read);
    }

    public List<Rating> ofCounter(Connection connection, int counter, LocalDateTime from) throws SQLException {
        return QueueSql.list(connection, SELECT + "WHERE counter = ? AND pressed_at >= ? ORDER BY pressed_at, id",
                statement -> {
                    statement.setInt(1, counter);
                    dialect.setTime(statement, 2, from);
                }, this::read);
    }

    /** See {@link vn.motcua.core.rating.DossierRatings#ofDossier}: accepted ratings only. */
    public List<Rating> ofDossier(Connection connection, DossierCode dossier, Optional<TicketId> takenInOn)
            throws SQLException {
        return QueueSql.list(connection, SELECT + """
                WHERE flag = 'NONE' AND (dossier_code = ? OR ticket_id = ?)
                ORDER BY pressed_at, id""", statement -> {
                    statement.setString(1, dossier.value());
                    setTicket(statement, 2, takenInOn);
                }, this::read);
    }

    private Rating read(ResultSet rows) throws SQLException {
        long ticket = rows.getLong("ticket_id");
        Optional<TicketId> ticketId = rows.wasNull() ? Optional.empty() : Optional.of(new TicketId(ticket));
        return new Rating(rows.getLong("id"), rows.getInt("counter"), rows.getString("keypad"),
                rows.getInt("key_number"), Optional.ofNullable(rows.getString("level")).map(RatingLevel::valueOf),
                RatingFlag.valueOf(rows.getString("flag")), ticketId,
                Optional.ofNullable(rows.getString("dossier_code")).flatMap(DossierCode::parse),
                Optional.ofNullable(rows.getString("clerk")), dialect.time(rows, "pressed_at"),
                rows.getLong("held_ms"), Optional.ofNullable(rows.getString("reason")));
    }

    private static void setTicket(PreparedStatement statement, int index, Optional<TicketId> ticket)
            throws SQLException {
        if (ticket.isPresent()) {
            statement.setLong(index, ticket.get().value());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }
}
