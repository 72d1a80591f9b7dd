package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.DossierSequence;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.SequenceExhaustedException;

/**
 * Daily dossier numbers: first from the blocks the province reserved for this desk ({@code reserved_block},
 * lowest block of the day with numbers left), then from this desk's configured block. A reserved block is held
 * only when it overlaps neither the configured block nor another held block of the day, so the two sources never
 * give the same number. Both are advanced in the same kind of transaction, described next.
 *
 * <p>The configured block: one row per agency and day holding the last number issued,
 * advanced by one {@code INSERT … ON CONFLICT DO UPDATE … RETURNING} inside a {@code BEGIN IMMEDIATE}
 * transaction. IMMEDIATE takes SQLite's write lock before reading, so no other thread or process can read
 * the same last number; within the process the {@link Database} write lock already serialises callers.
 *
 * <p>Numbers only go up: the next is {@code max(last + 1, block.first)}. Moving the configured block up
 * takes effect at once; moving it below numbers already issued today exhausts it until tomorrow rather
 * than ever issuing a number twice.
 *
 * <p>Durability is {@link Durability#NORMAL} (no fsync): a FULL commit costs about 1 ms here, which would
 * make the sequence the slowest thing in the desk. It is safe because a number matters only once a dossier
 * carrying it is stored, and that dossier's commit is FULL; the WAL is one append-only file, so that fsync
 * also makes this earlier increment durable. A power cut between the two can lose the increment and so
 * reissue the number, but then no stored dossier holds it. (A killed process loses nothing in either mode.)
 * Callers must therefore print or send a code only after the dossier carrying it has been saved.
 */
public final class SqliteDossierSequence implements DossierSequence {
    private static final String ADVANCE = """
            INSERT INTO dossier_sequence (agency, day, last_issued) VALUES (?, ?, ?)
            ON CONFLICT (agency, day) DO UPDATE SET last_issued = max(last_issued + 1, excluded.last_issued)
            RETURNING last_issued""";
    private static final String TAKE_RESERVED = """
            UPDATE reserved_block SET next = next + 1
            WHERE rowid = (SELECT rowid FROM reserved_block WHERE agency = ? AND day = ? AND next <= last
                           ORDER BY first LIMIT 1)
            RETURNING next - 1""";
    private static final String OVERLAPPING = """
            SELECT count(*) FROM reserved_block WHERE agency = ? AND day = ? AND first <= ? AND ? <= last""";
    private static final String HOLD = """
            INSERT INTO reserved_block (agency, day, first, last, next) VALUES (?, ?, ?, ?, ?)""";
    private static final String REMAINING = """
            SELECT coalesce(sum(last - next + 1), 0) FROM reserved_block WHERE agency = ? AND day = ?""";

    private final Database database;
    private final SequenceBlock block;

    public SqliteDossierSequence(Database database, SequenceBlock block) {
        this.database = Objects.requireNonNull(database);
        this.block = Objects.requireNonNull(block);
    }

    @Override
    public int next(AgencyCode agency, LocalDate day) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
        return database.write(Durability.NORMAL, connection -> {
            Integer reserved = takeReserved(connection, agency, day);
            if (reserved != null) {
                return reserved;
            }
            int issued = advance(connection, agency, day);
            if (!block.contains(issued)) {
                // Thrown inside the transaction, so the increment is rolled back and the row stays at last.
                throw new SequenceExhaustedException(agency, day, block);
            }
            return issued;
        });
    }

    public SequenceBlock block() {
        return block;
    }

    /**
     * Keeps a block the province reserved for this desk, to issue from before the configured block.
     *
     * @return false, keeping nothing, when it overlaps the configured block or a block already held for the day
     */
    public boolean hold(AgencyCode agency, LocalDate day, SequenceBlock reserved) {
        if (reserved.overlaps(block)) {
            return false;
        }
        return database.write(Durability.FULL, connection -> {
            if (count(connection, OVERLAPPING, agency, day, reserved.last(), reserved.first()) > 0) {
                return false;
            }
            try (PreparedStatement hold = connection.prepareStatement(HOLD)) {
                bind(hold, agency, day, reserved.first(), reserved.last());
                hold.setInt(5, reserved.first());
                hold.executeUpdate();
            }
            return true;
        });
    }

    /** Reserved numbers of the day not issued yet. */
    public int remainingReserved(AgencyCode agency, LocalDate day) {
        return database.read(connection -> count(connection, REMAINING, agency, day));
    }

    private static Integer takeReserved(Connection connection, AgencyCode agency, LocalDate day)
            throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(TAKE_RESERVED)) {
            bind(take, agency, day);
            try (ResultSet rows = take.executeQuery()) {
                return rows.next() ? rows.getInt(1) : null;
            }
        }
    }

    private static int count(Connection connection, String sql, AgencyCode agency, LocalDate day, int... more)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, agency, day, more);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement statement, AgencyCode agency, LocalDate day, int... more)
            throws SQLException {
        statement.setString(1, agency.value());
        statement.setString(2, day.toString());
        for (int i = 0; i < more.length; i++) {
            statement.setInt(3 + i, more[i]);
        }
    }

    private int advance(Connection connection, AgencyCode agency, LocalDate day) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setString(1, agency.value());
            advance.setString(2, day.toString());
            advance.setInt(3, block.first());
            try (ResultSet rows = advance.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("The sequence upsert returned no row");
                }
                return rows.getInt(1);
            }
        }
    }
}
