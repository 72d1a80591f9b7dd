package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.dossier.ScannedFileReplacement;
import vn.motcua.core.dossier.StoredFileRef;

/**
 * Moves component file links in one transaction; the replacement must already be a registered file. Every
 * dossier whose links moved is queued for the province in the same transaction (its files changed).
 */
public final class SqliteScannedFileReplacement implements ScannedFileReplacement {
    private final Database database;

    public SqliteScannedFileReplacement(Database database) {
        this.database = database;
    }

    @Override
    public int replace(StoredFileRef original, StoredFileRef replacement) {
        return database.write(Durability.FULL, connection -> {
            List<String> dossiers = dossiersLinkedTo(connection, original.sha256());
            int moved;
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE dossier_component_file SET sha256 = ?, size = ?, media_type = ?, file_name = ?
                    WHERE sha256 = ?""")) {
                update.setString(1, replacement.sha256());
                update.setLong(2, replacement.size());
                update.setString(3, replacement.mediaType());
                update.setString(4, replacement.fileName());
                update.setString(5, original.sha256());
                moved = update.executeUpdate();
            }
            for (String dossier : dossiers) {
                SqliteOutbox.enqueue(connection, dossier, "FILE_REPLACED");
            }
            return moved;
        });
    }

    private static List<String> dossiersLinkedTo(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT dossier_code FROM dossier_component_file WHERE sha256 = ? ORDER BY dossier_code")) {
            query.setString(1, sha256);
            List<String> codes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            return codes;
        }
    }
}
