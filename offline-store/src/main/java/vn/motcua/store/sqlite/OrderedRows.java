package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import vn.motcua.core.catalogue.Fee;

/**
 * Child rows kept in list order under an owner row: parameter 1 is the owner's key, parameter 2 the item's
 * position, the binder sets the rest.
 */
final class OrderedRows {

    @FunctionalInterface
    interface Binder<T> {
        /** Sets parameters 3 onwards for one item. */
        void bind(PreparedStatement insert, T item) throws SQLException;
    }

    private OrderedRows() {
    }

    static <T> void insert(Connection connection, String sql, String owner, List<T> items, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < items.size(); i++) {
                insert.setString(1, owner);
                insert.setInt(2, i);
                binder.bind(insert, items.get(i));
                insert.executeUpdate();
            }
        }
    }

    /** Fees have the same shape under a procedure and under a dossier. */
    static void insertFees(Connection connection, String table, String ownerColumn, String owner, List<Fee> fees)
            throws SQLException {
        insert(connection, "INSERT INTO " + table + " (" + ownerColumn + ", position, name, amount_vnd) VALUES (?, ?, ?, ?)",
                owner, fees, (insert, fee) -> {
                    insert.setString(3, fee.name());
                    insert.setLong(4, fee.amountVnd());
                });
    }
}
