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
 * Daily dossier numbers from this desk's block: one row per agency and day holding the last number issued,
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
