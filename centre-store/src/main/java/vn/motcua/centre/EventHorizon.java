package vn.motcua.centre;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How far the centre's event log can be read without ever skipping an event. Desks take event ids from
 * {@code ticket_event_id_seq} as the last step before they commit, without waiting for one another, so a smaller id
 * can become visible after a larger one. Every id up to the settled line is final: committed and visible, or never
 * to be (its transaction rolled back); a reader that reads no further than the line and moves its cursor over what it
 * read misses nothing.
 *
 * <p>The line moves by candidates. A look reads the sequence's last value {@code L} and then takes a transaction id
 * {@code X} of its own. A desk has its transaction id before it takes event ids (it asks for one first), so every
 * transaction that holds an id up to {@code L} has a transaction id below {@code X}. Once a later look, in another
 * transaction, finds no transaction below {@code X} still running (the {@code xmin} of its snapshot has reached
 * {@code X}), those are all finished and {@code L} is settled. (The snapshot's {@code xmax} alone would not do:
 * transactions that got their ids after the last one to finish are running but not listed.) A candidate is kept
 * until settled, so under steady load the line still moves every few milliseconds.
 *
 * <p>A look must run in a transaction of its own, committed or rolled back before the next look: its own
 * transaction id would otherwise hold the line. Nothing is written: roll it back, or commit it without waiting for
 * the disk ({@code synchronous_commit} off).
 * One horizon can serve several readers; it is thread-safe.
 */
final class EventHorizon {
    /** The sequence is not transactional: its last value is read first, the transaction id taken after. */
    private static final String LOOK = """
            SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
            SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ticket_event_id_seq;
            SELECT pg_current_xact_id()::text::bigint""";

    private long settled;
    private long candidate = -1;
    private long candidateXid;

    /**
     * Looks once, in the transaction the connection is in (end it before looking again).
     *
     * @return whether a line waits to be settled by a later look: worth looking again soon
     */
    synchronized boolean look(Connection connection) throws SQLException {
        long xmin;
        long last;
        long xid;
        try (PreparedStatement statement = connection.prepareStatement(LOOK)) {
            statement.execute();
            xmin = single(statement);
            statement.getMoreResults();
            last = single(statement);
            statement.getMoreResults();
            xid = single(statement);
        }
        if (candidate >= 0 && xmin >= candidateXid) {
            settled = Math.max(settled, candidate);
            candidate = -1;
        }
        if (candidate < 0 && last > settled) {
            candidate = last;
            candidateXid = xid;
        }
        return candidate >= 0;
    }

    /** Every event with an id up to this line can be read and will not change. */
    synchronized long settled() {
        return settled;
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.getResultSet()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
