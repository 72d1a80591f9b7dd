package vn.motcua.centre;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.motcua.store.sql.QueueSql;
import vn.motcua.store.sql.SqlDialect;

/**
 * The queue's tables in PostgreSQL: {@code timestamp}, {@code date}, {@code time} and {@code boolean} columns;
 * rows a change reads are locked, lane heads skipping those another counter holds; ticket ids from a sequence.
 * PostgreSQL keeps microseconds: a time is stored to the microsecond (the desks' clocks give no finer).
 */
final class PostgresDialect implements SqlDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public void setTime(PreparedStatement statement, int index, LocalDateTime time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, time);
        }
    }

    @Override
    public LocalDateTime time(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class);
    }

    @Override
    public void setDay(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        statement.setObject(index, day);
    }

    @Override
    public LocalDate day(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    @Override
    public void setFlag(PreparedStatement statement, int index, boolean flag) throws SQLException {
        statement.setBoolean(index, flag);
    }

    @Override
    public boolean flag(ResultSet rows, String column) throws SQLException {
        return rows.getBoolean(column);
    }

    @Override
    public void setClockTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        statement.setObject(index, time);
    }

    @Override
    public LocalTime clockTime(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalTime.class);
    }

    @Override
    public String lockRows() {
        return " FOR UPDATE";
    }

    @Override
    public String lockRowsSkippingLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    @Override
    public long nextTicketId(Connection connection) throws SQLException {
        return QueueSql.first(connection, "SELECT nextval('ticket_id_seq')", QueueSql.NOTHING, rows -> rows.getLong(1))
                .orElseThrow();
    }
}
