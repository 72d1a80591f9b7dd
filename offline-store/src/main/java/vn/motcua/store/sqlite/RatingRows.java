package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.store.sql.QueueSql;

/** The {@code rating} table (V010): one row per keypad press, and the outbox entries of rated dossiers. */
final class RatingRows {
    static final String SELECT = "SELECT id, counter, keypad, key_number, ticket_id, dossier_code, clerk, level, "
            + "flag, reason, pressed_at, held_ms FROM rating ";
    private static final String INSERT = """
            INSERT INTO rating (counter, keypad, key_number, ticket_id, dossier_code, clerk, level, flag, pressed_at,
                                held_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";
    /** The dossiers a rating concerns: the one it was armed for and those taken in on its ticket. */
    private static final String RATED_DOSSIERS = """
            SELECT code FROM dossier WHERE code = ?
            UNION
            SELECT dossier_code FROM dossier_ticket WHERE ticket_id = ?""";
    static final String OUTBOX_KIND = "RATED";

    private RatingRows() {
    }

    static Rating insert(Connection connection, NewRating rating) throws SQLException {
        long id = QueueSql.first(connection, INSERT, statement -> {
            statement.setInt(1, rating.counter());
            statement.setString(2, rating.keypad());
            statement.setInt(3, Math.max(0, rating.key()));
            setTicket(statement, 4, rating.ticket());
            statement.setString(5, rating.dossier().map(DossierCode::value).orElse(null));
            statement.setString(6, rating.clerk().orElse(null));
            statement.setString(7, rating.level().map(Enum::name).orElse(null));
            statement.setString(8, rating.flag().name());
            statement.setString(9, Columns.time(rating.pressedAt()));
            statement.setLong(10, rating.heldMillis());
        }, rows -> rows.getLong(1)).orElseThrow(() -> new SQLException("The rating insert returned no id"));
        Rating stored = rating.stored(id);
        if (stored.counts()) {
            queueRatedDossiers(connection, stored);
        }
        return stored;
    }

    /** Only an accepted rating without a reason takes one; the rated dossiers go to the province again. */
    static Optional<Rating> giveReason(Connection connection, long id, String reason) throws SQLException {
        int updated = QueueSql.execute(connection,
                "UPDATE rating SET reason = ? WHERE id = ? AND flag = 'NONE' AND reason IS NULL", statement -> {
                    statement.setString(1, reason);
                    statement.setLong(2, id);
                });
        if (updated == 0) {
            return Optional.empty();
        }
        Rating rating = QueueSql.first(connection, SELECT + "WHERE id = ?", statement -> statement.setLong(1, id),
                RatingRows::read).orElseThrow();
        queueRatedDossiers(connection, rating);
        return Optional.of(rating);
    }

    static List<Rating> ofCounter(Connection connection, int counter, java.time.LocalDateTime from)
            throws SQLException {
        return QueueSql.list(connection, SELECT + "WHERE counter = ? AND pressed_at >= ? ORDER BY pressed_at, id",
                statement -> {
                    statement.setInt(1, counter);
                    statement.setString(2, Columns.time(from));
                }, RatingRows::read);
    }

    /**
     * The accepted ratings a dossier carries to the province: those armed for it (a result handed back) and those
     * of the ticket it was taken in on (the service it was received in, with every dossier of that visit).
     */
    static List<Rating> ofDossier(Connection connection, String dossierCode) throws SQLException {
        return QueueSql.list(connection, SELECT + """
                WHERE flag = 'NONE' AND (dossier_code = ? OR (ticket_id IS NOT NULL
                    AND ticket_id = (SELECT ticket_id FROM dossier_ticket WHERE dossier_code = ?)))
                ORDER BY pressed_at, id""", statement -> {
                    statement.setString(1, dossierCode);
                    statement.setString(2, dossierCode);
                }, RatingRows::read);
    }

    static Rating read(ResultSet rows) throws SQLException {
        long ticket = rows.getLong("ticket_id");
        Optional<TicketId> ticketId = rows.wasNull() ? Optional.empty() : Optional.of(new TicketId(ticket));
        return new Rating(rows.getLong("id"), rows.getInt("counter"), rows.getString("keypad"),
                rows.getInt("key_number"), Optional.ofNullable(rows.getString("level")).map(RatingLevel::valueOf),
                RatingFlag.valueOf(rows.getString("flag")), ticketId,
                Optional.ofNullable(rows.getString("dossier_code")).flatMap(DossierCode::parse),
                Optional.ofNullable(rows.getString("clerk")), Columns.time(rows.getString("pressed_at")),
                rows.getLong("held_ms"), Optional.ofNullable(rows.getString("reason")));
    }

    private static void queueRatedDossiers(Connection connection, Rating rating) throws SQLException {
        List<String> dossiers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RATED_DOSSIERS)) {
            query.setString(1, rating.dossier().map(DossierCode::value).orElse(null));
            setTicket(query, 2, rating.ticket());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dossiers.add(rows.getString(1));
                }
            }
        }
        for (String dossier : dossiers) {
            SqliteOutbox.enqueue(connection, dossier, OUTBOX_KIND);
        }
    }

    private static void setTicket(PreparedStatement statement, int index, Optional<TicketId> ticket)
            throws SQLException {
        if (ticket.isPresent()) {
            statement.setLong(index, ticket.get().value());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}
