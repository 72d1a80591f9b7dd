package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.PendingRatings;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;

/**
 * {@code pending_rating} (V012): the presses a counter in centre mode kept while the centre's server was away, in
 * the counter's own database, committed with fsync (a citizen's press survives a power cut of the PC as it would on
 * the server). Forwarded and refused rows stay as a record; only the others are {@link #pending}.
 */
public final class SqlitePendingRatings implements PendingRatings {
    private static final String COLUMNS = "press_key, counter, keypad, key_number, ticket_id, dossier_code, clerk, "
            + "level, flag, pressed_at, held_ms";

    private final Database database;
    private final Clock clock;

    public SqlitePendingRatings(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeping the same press twice keeps it once. */
    @Override
    public void keep(NewRating rating) {
        Objects.requireNonNull(rating, "rating");
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pending_rating (" + COLUMNS
                    + ", kept_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (press_key) DO NOTHING")) {
                insert.setString(1, rating.press().toString());
                insert.setInt(2, rating.counter());
                insert.setString(3, rating.keypad());
                insert.setInt(4, Math.max(0, rating.key()));
                if (rating.ticket().isPresent()) {
                    insert.setLong(5, rating.ticket().get().value());
                } else {
                    insert.setNull(5, Types.INTEGER);
                }
                insert.setString(6, rating.dossier().map(DossierCode::value).orElse(null));
                insert.setString(7, rating.clerk().orElse(null));
                insert.setString(8, rating.level().map(Enum::name).orElse(null));
                insert.setString(9, rating.flag().name());
                insert.setString(10, Columns.time(rating.pressedAt()));
                insert.setLong(11, rating.heldMillis());
                insert.setString(12, Columns.time(now()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<NewRating> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + """
                     FROM pending_rating WHERE forwarded_at IS NULL AND refused IS NULL
                    ORDER BY pressed_at, press_key LIMIT ?""")) {
                query.setInt(1, limit);
                List<NewRating> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public int pendingCount() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM pending_rating WHERE forwarded_at IS NULL AND refused IS NULL");
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    @Override
    public void forwarded(UUID press, long ratingId) {
        Objects.requireNonNull(press, "press");
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE pending_rating SET forwarded_at = ?, centre_rating_id = ?
                    WHERE press_key = ? AND forwarded_at IS NULL""")) {
                update.setString(1, Columns.time(now()));
                update.setLong(2, ratingId);
                update.setString(3, press.toString());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void refused(UUID press, String problem) {
        Objects.requireNonNull(press, "press");
        Objects.requireNonNull(problem, "problem");
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE pending_rating SET refused = ? WHERE press_key = ? AND forwarded_at IS NULL")) {
                update.setString(1, problem.isBlank() ? "refused" : problem);
                update.setString(2, press.toString());
                return update.executeUpdate();
            }
        });
    }

    private static NewRating read(ResultSet rows) throws SQLException {
        long ticket = rows.getLong("ticket_id");
        Optional<TicketId> ticketId = rows.wasNull() ? Optional.empty() : Optional.of(new TicketId(ticket));
        return new NewRating(rows.getInt("counter"), rows.getString("keypad"), rows.getInt("key_number"),
                Optional.ofNullable(rows.getString("level")).map(RatingLevel::valueOf),
                RatingFlag.valueOf(rows.getString("flag")), ticketId,
                Optional.ofNullable(rows.getString("dossier_code")).flatMap(DossierCode::parse),
                Optional.ofNullable(rows.getString("clerk")), Columns.time(rows.getString("pressed_at")),
                rows.getLong("held_ms"), UUID.fromString(rows.getString("press_key")));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }
}
