package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What differs between the queue's SQLite and PostgreSQL stores; the queries themselves are shared
 * ({@link TicketRows}, {@link QueueConfigurationRows}, {@link SqlQueueTransaction}, {@link SqlQueueReads}). SQLite
 * keeps times as fixed-width text and flags as 0/1 and serialises writers with its database lock, so it needs no
 * row locks; PostgreSQL has typed columns and locks the rows a change reads.
 */
public interface SqlDialect {

    void setTime(PreparedStatement statement, int index, LocalDateTime time) throws SQLException;

    /** Null for SQL NULL. */
    LocalDateTime time(ResultSet rows, String column) throws SQLException;

    void setDay(PreparedStatement statement, int index, LocalDate day) throws SQLException;

    LocalDate day(ResultSet rows, String column) throws SQLException;

    void setFlag(PreparedStatement statement, int index, boolean flag) throws SQLException;

    boolean flag(ResultSet rows, String column) throws SQLException;

    /** A time of day (issuing windows). */
    void setClockTime(PreparedStatement statement, int index, LocalTime time) throws SQLException;

    LocalTime clockTime(ResultSet rows, String column) throws SQLException;

    /** Appended to a query whose rows the transaction will change: {@code " FOR UPDATE"}, or nothing. */
    String lockRows();

    /**
     * Appended to a lane-head query: rows another transaction has locked are passed over rather than waited for
     * ({@code " FOR UPDATE SKIP LOCKED"}), or nothing where writers are serialised anyway.
     */
    String lockRowsSkippingLocked();

    /** A new ticket's id, inside the transaction that inserts it. */
    long nextTicketId(Connection connection) throws SQLException;

    default void setOptionalTime(PreparedStatement statement, int index, Optional<LocalDateTime> time)
            throws SQLException {
        if (time.isPresent()) {
            setTime(statement, index, time.get());
        } else {
            setTime(statement, index, null);
        }
    }

    default Optional<LocalDateTime> optionalTime(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(time(rows, column));
    }
}
