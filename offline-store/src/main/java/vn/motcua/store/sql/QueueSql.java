package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small JDBC plumbing shared by the queue store's queries. */
public final class QueueSql {
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    public static final Binder NOTHING = statement -> {
    };

    private QueueSql() {
    }

    public static <T> List<T> list(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(mapper.map(rows));
                }
                return found;
            }
        }
    }

    public static <T> Optional<T> first(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        List<T> found = list(connection, sql, binder, mapper);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    public static int count(Connection connection, String sql, Binder binder) throws SQLException {
        return first(connection, sql, binder, rows -> rows.getInt(1)).orElse(0);
    }

    public static int execute(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    public static OptionalInt optionalInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public static void setOptionalInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, java.sql.Types.INTEGER);
        }
    }
}
