package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.sync.DossierSyncState;

/**
 * The {@code sync_outbox} table: dossier changes waiting for the province.
 *
 * <p>Writers insert an entry with {@link #enqueue} inside the transaction that changes the dossier. The sync
 * engine works per dossier, oldest pending entry first ({@link #due}). Coalescing: the engine pushes the dossier
 * as it is stored <em>now</em>, which already contains every pending change, so one push settles all pending
 * entries up to the newest one it saw ({@link DueDossier#lastEntry()}). Entries written while the push was in
 * flight have higher ids, stay pending and cause one more push, so no change is ever marked sent without having
 * been sent. A rejected entry no longer blocks its dossier: the clerk's correction is a new entry.
 */
public final class SqliteOutbox {
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The outbox kind of a dossier queued again because it was rated (or its rating got a reason). */
    static final String RATED = "RATED";
    /**
     * The dossiers a rating concerns: the one it was armed for and those taken in on its ticket, a ticket of the
     * queue the rating was given in (a link made in the other mode holds a ticket id of another queue).
     */
    private static final String RATED_DOSSIERS = """
            SELECT code FROM dossier WHERE code = ?
            UNION
            SELECT dossier_code FROM dossier_ticket WHERE queue = ? AND ticket_id = ?""";
    private final Database database;

    public SqliteOutbox(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /** A dossier with pending entries, its oldest one due. */
    public record DueDossier(String dossierCode, long firstEntry, long lastEntry, int attempts) {
    }

    /**
     * Queues again the dossiers of this desk a counted rating concerns, so the province gets the rating (and later
     * its reason) with them: the dossier it was armed for and every dossier taken in on its ticket, those stored
     * here. The single-PC store calls it in the rating's own transaction; in centre mode, where the rating is on
     * the shared server, {@link #enqueueRated(Rating, String)} does it after that commit.
     *
     * @param queue the queue store the rating's ticket belongs to ({@link QueueLinks})
     * @return how many dossiers were queued
     */
    static int enqueueRated(Connection connection, Rating rating, String queue) throws SQLException {
        List<String> dossiers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RATED_DOSSIERS)) {
            query.setString(1, rating.dossier().map(DossierCode::value).orElse(null));
            query.setString(2, queue);
            if (rating.ticket().isPresent()) {
                query.setLong(3, rating.ticket().get().value());
            } else {
                query.setNull(3, Types.INTEGER);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dossiers.add(rows.getString(1));
                }
            }
        }
        for (String dossier : dossiers) {
            enqueue(connection, dossier, RATED);
        }
        return dossiers.size();
    }

    /**
     * {@link #enqueueRated(Connection, Rating, String)} in a transaction of its own, for a rating stored elsewhere
     * (the centre's server) and already committed there. Repeating it is harmless: one more push of the same
     * dossier, which the province takes as an update.
     *
     * @param queue the queue store the rating's ticket belongs to ({@link QueueLinks#CENTRE} for the centre's)
     */
    public int enqueueRated(Rating rating, String queue) {
        Objects.requireNonNull(rating, "rating");
        QueueLinks.checked(queue);
        if (!rating.counts()) {
            return 0;
        }
        return database.write(Durability.FULL, connection -> enqueueRated(connection, rating, queue));
    }

    static void enqueue(Connection connection, String dossierCode, String kind) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sync_outbox (dossier_code, kind, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, dossierCode);
            insert.setString(2, kind);
            insert.setString(3, Columns.time(LocalDateTime.now(OFFICE)));
            insert.executeUpdate();
        }
    }

    /** Dossiers whose oldest pending entry is due at {@code now}, the longest waiting first. */
    public List<DueDossier> due(Instant now, int limit) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.dossier_code, p.first_id, p.last_id, head.attempts
                    FROM (SELECT dossier_code, min(id) AS first_id, max(id) AS last_id FROM sync_outbox
                          WHERE state = 'PENDING' GROUP BY dossier_code) p
                    JOIN sync_outbox head ON head.id = p.first_id
                    WHERE head.next_attempt_at IS NULL OR head.next_attempt_at <= ?
                    ORDER BY p.first_id LIMIT ?""")) {
                query.setLong(1, now.toEpochMilli());
                query.setInt(2, limit);
                List<DueDossier> due = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(new DueDossier(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getInt(4)));
                    }
                }
                return due;
            }
        });
    }

    /** When the next pending entry falls due; empty when nothing is pending. */
    public Optional<Instant> nextDue() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT count(*), min(coalesce(next_attempt_at, 0)) FROM sync_outbox WHERE state = 'PENDING'""");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 0 ? Optional.<Instant>empty()
                        : Optional.of(Instant.ofEpochMilli(rows.getLong(2)));
            }
        });
    }

    public void markSent(DueDossier dossier) {
        settle(dossier, "SENT", null);
    }

    public void markRejected(DueDossier dossier, String reason) {
        settle(dossier, "REJECTED", reason);
    }

    /** Counts the failed attempt on the pending entries the push covered and sets their next try. */
    public void markRetry(DueDossier dossier, int attempts, Instant nextAttempt, String error) {
        database.write(Durability.NORMAL, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE sync_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?
                    WHERE dossier_code = ? AND state = 'PENDING' AND id <= ?""")) {
                update.setInt(1, attempts);
                update.setLong(2, nextAttempt.toEpochMilli());
                update.setString(3, error);
                update.setString(4, dossier.dossierCode());
                update.setLong(5, dossier.lastEntry());
                return update.executeUpdate();
            }
        });
    }

    /** NORMAL durability: a mark lost in a power cut only makes the desk send again, which is an update. */
    private void settle(DueDossier dossier, String state, String reason) {
        database.write(Durability.NORMAL, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE sync_outbox SET state = ?, last_error = ?, done_at = ?, next_attempt_at = NULL
                    WHERE dossier_code = ? AND state = 'PENDING' AND id <= ?""")) {
                update.setString(1, state);
                update.setString(2, reason);
                update.setString(3, Columns.time(LocalDateTime.now(OFFICE)));
                update.setString(4, dossier.dossierCode());
                update.setLong(5, dossier.lastEntry());
                return update.executeUpdate();
            }
        });
    }

    /** Pending entries, all dossiers together. */
    public int backlog() {
        return count("SELECT count(*) FROM sync_outbox WHERE state = 'PENDING'");
    }

    /** Dossiers whose latest entry was rejected. */
    public int rejectedDossiers() {
        return count("""
                SELECT count(*) FROM sync_outbox o
                WHERE o.state = 'REJECTED' AND o.id = (SELECT max(id) FROM sync_outbox WHERE dossier_code = o.dossier_code)""");
    }

    /** The state of the dossier's latest change; empty when it was never queued. */
    public Optional<DossierSyncState> stateOf(String dossierCode) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT state, attempts, last_error FROM sync_outbox WHERE dossier_code = ?
                    ORDER BY id DESC LIMIT 1""")) {
                query.setString(1, dossierCode);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<DossierSyncState>empty();
                    }
                    return Optional.of(new DossierSyncState(DossierSyncState.Delivery.valueOf(rows.getString(1)),
                            rows.getInt(2), rows.getString(3)));
                }
            }
        });
    }

    private int count(String sql) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql);
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }
}
