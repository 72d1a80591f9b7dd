package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.SqlDialect;

/**
 * The queue's tables in SQLite: times as fixed-width text ({@link Columns}), days and times of day as ISO text,
 * flags as 0/1. Writers hold the database's write lock for the whole transaction, so no row locks are needed and a
 * new ticket's id is the largest so far plus one.
 */
final class SqliteDialect implements SqlDialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public void setTime(PreparedStatement statement, int index, LocalDateTime time) throws SQLException {
        statement.setString(index, time == null ? null : Columns.time(time));
    }

    @Override
    public LocalDateTime time(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : Columns.time(text);
    }

    @Override
    public void setDay(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        statement.setString(index, day.toString());
    }

    @Override
    public LocalDate day(ResultSet rows, String column) throws SQLException {
        return LocalDate.parse(rows.getString(column));
    }

    @Override
    public void setFlag(PreparedStatement statement, int index, boolean flag) throws SQLException {
        statement.setInt(index, Columns.flag(flag));
    }

    @Override
    public boolean flag(ResultSet rows, String column) throws SQLException {
        return rows.getInt(column) == 1;
    }

    @Override
    public void setClockTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        statement.setString(index, time.toString());
    }

    @Override
    public LocalTime clockTime(ResultSet rows, String column) throws SQLException {
        return LocalTime.parse(rows.getString(column));
    }

    @Override
    public String lockRows() {
        return "";
    }

    @Override
    public String lockRowsSkippingLocked() {
        return "";
    }

    /** Max + 1 is safe: the write lock is held. */
    @Override
    public long nextTicketId(Connection connection) throws SQLException {
        return QueueSql.first(connection, "SELECT coalesce(max(id), 0) + 1 FROM ticket", QueueSql.NOTHING,
                rows -> rows.getLong(1)).orElseThrow();
    }
}
