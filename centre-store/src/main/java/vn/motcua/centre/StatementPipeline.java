package vn.motcua.centre;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.store.sql.QueueSql;

/**
 * Statements of one transaction whose results are not needed yet (writes, locks, the commit), held back and sent in
 * front of the next query as one multi-statement round trip, which PostgreSQL runs in order. The server sees the
 * same statements in the same order as if each were sent alone; an error in one stops the rest (and the commit).
 */
final class StatementPipeline {
    private record Held(String sql, QueueSql.Binder binder) {
    }

    private final Connection connection;
    private final List<Held> held = new ArrayList<>();

    StatementPipeline(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param sql one statement (the results are told apart by position)
     * @param expectedRows the rows the write must change, or a negative number for any: checked by the server
     *     ({@code expect_rows}, V003), so that a wrong count stops everything sent after it, the commit among them
     */
    void add(String sql, QueueSql.Binder binder, int expectedRows) {
        held.add(new Held(expectedRows < 0 ? sql
                : "WITH changed AS (" + sql + " RETURNING 1) SELECT expect_rows(count(*), " + expectedRows
                        + ") FROM changed", binder));
    }

    /** A query whose rows the caller needs. */
    record Query<T>(String sql, QueueSql.Binder binder, QueueSql.RowMapper<T> mapper) {
    }

    /** Sends what is held, if anything. */
    void flush() throws SQLException {
        if (!held.isEmpty()) {
            send(List.of());
        }
    }

    /** The query's rows, what is held sent before it in the same round trip. */
    <T> List<T> query(String sql, QueueSql.Binder binder, QueueSql.RowMapper<T> mapper) throws SQLException {
        if (held.isEmpty()) {
            return QueueSql.list(connection, sql, binder, mapper);
        }
        @SuppressWarnings("unchecked")
        List<T> rows = (List<T>) send(List.of(new Query<>(sql, binder, mapper))).getFirst();
        return rows;
    }

    /** Each query's rows, in order, sent with what is held in one round trip. */
    List<List<?>> queries(List<Query<?>> queries) throws SQLException {
        return send(queries);
    }

    private List<List<?>> send(List<Query<?>> queries) throws SQLException {
        List<Held> sending = List.copyOf(held);
        held.clear();
        String sql = Stream.concat(sending.stream().map(Held::sql), queries.stream().map(Query::sql))
                .collect(Collectors.joining(";\n"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int offset = 0;
            for (Held statementHeld : sending) {
                offset += bindShifted(statement, offset, statementHeld.binder());
            }
            for (Query<?> query : queries) {
                offset += bindShifted(statement, offset, query.binder());
            }
            statement.execute();
            for (int i = 0; i < sending.size(); i++) {
                statement.getMoreResults();
            }
            List<List<?>> results = new ArrayList<>();
            for (Query<?> query : queries) {
                results.add(rows(statement, query.mapper()));
                statement.getMoreResults();
            }
            return results;
        }
    }

    private static <T> List<T> rows(PreparedStatement statement, QueueSql.RowMapper<T> mapper) throws SQLException {
        List<T> found = new ArrayList<>();
        try (ResultSet result = statement.getResultSet()) {
            while (result.next()) {
                found.add(mapper.map(result));
            }
        }
        return found;
    }

    /**
     * Lets a binder written for a statement of its own (parameters from 1) bind one of several: its parameter
     * indexes are moved by {@code offset}. Returns the highest index it bound, the statement's parameter count.
     */
    private static int bindShifted(PreparedStatement statement, int offset, QueueSql.Binder binder)
            throws SQLException {
        int[] highest = {0};
        binder.bind(shifting(statement, offset, highest));
        return highest[0];
    }

    private static PreparedStatement shifting(PreparedStatement statement, int offset, int[] highest) {
        return (PreparedStatement) Proxy.newProxyInstance(StatementPipeline.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    if (isParameterSetter(method, arguments)) {
                        int index = (Integer) arguments[0];
                        highest[0] = Math.max(highest[0], index);
                        arguments[0] = index + offset;
                    }
                    try {
                        return method.invoke(statement, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isParameterSetter(Method method, Object[] arguments) {
        return method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                && method.getParameterTypes()[0] == int.class;
    }
}
