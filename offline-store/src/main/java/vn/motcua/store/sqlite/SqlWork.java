package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one connection inside one transaction of {@link Database}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
