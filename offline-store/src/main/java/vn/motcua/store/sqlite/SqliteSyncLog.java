package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.sync.DossierSyncState;
import vn.motcua.core.sync.SyncLogEntry;

/** The outbox read back for the sync log screen: newest first, problems (pending, rejected) before the rest. */
public final class SqliteSyncLog {
    private final Database database;

    public SqliteSyncLog(Database database) {
        this.database = database;
    }

    public List<SyncLogEntry> recent(int limit) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT dossier_code, kind, created_at, state, attempts, last_error, done_at FROM sync_outbox
                    ORDER BY CASE state WHEN 'SENT' THEN 1 ELSE 0 END, id DESC LIMIT ?""")) {
                query.setInt(1, limit);
                List<SyncLogEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new SyncLogEntry(rows.getString("dossier_code"), rows.getString("kind"),
                                Columns.time(rows.getString("created_at")),
                                DossierSyncState.Delivery.valueOf(rows.getString("state")), rows.getInt("attempts"),
                                rows.getString("last_error"), Columns.optionalTime(rows, "done_at")));
                    }
                }
                return entries;
            }
        });
    }
}
