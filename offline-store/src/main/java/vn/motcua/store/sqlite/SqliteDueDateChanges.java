package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DueDateChange;
import vn.motcua.core.dossier.DueDateChanges;

/** Due-time extensions beside the dossier row, written with it and its outbox entry in one FULL transaction. */
public final class SqliteDueDateChanges implements DueDateChanges {
    private final Database database;

    public SqliteDueDateChanges(Database database) {
        this.database = database;
    }

    @Override
    public void extend(Dossier extended, DueDateChange change) {
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE dossier SET due_at = ? WHERE code = ?")) {
                update.setString(1, Columns.time(change.to()));
                update.setString(2, extended.code().value());
                if (update.executeUpdate() != 1) {
                    throw new IllegalArgumentException("Dossier " + extended.code() + " is not stored");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_due_change (dossier_code, position, from_due, to_due, at, actor, reason)
                    VALUES (?, (SELECT count(*) FROM dossier_due_change WHERE dossier_code = ?), ?, ?, ?, ?, ?)""")) {
                insert.setString(1, extended.code().value());
                insert.setString(2, extended.code().value());
                Columns.setOptionalTime(insert, 3, change.from());
                insert.setString(4, Columns.time(change.to()));
                insert.setString(5, Columns.time(change.at()));
                insert.setString(6, change.actor());
                insert.setString(7, change.reason());
                insert.executeUpdate();
            }
            SqliteOutbox.enqueue(connection, extended.code().value(), "DUE_DATE_EXTENDED");
            return null;
        });
    }

    @Override
    public List<DueDateChange> of(DossierCode dossier) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT from_due, to_due, at, actor, reason FROM dossier_due_change WHERE dossier_code = ?
                    ORDER BY position""")) {
                query.setString(1, dossier.value());
                List<DueDateChange> changes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new DueDateChange(Columns.optionalTime(rows, "from_due"),
                                Columns.time(rows.getString("to_due")), Columns.time(rows.getString("at")),
                                rows.getString("actor"), rows.getString("reason")));
                    }
                }
                return changes;
            }
        });
    }
}
