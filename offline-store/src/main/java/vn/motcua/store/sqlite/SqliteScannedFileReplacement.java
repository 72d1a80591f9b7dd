package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import vn.motcua.core.dossier.ScannedFileReplacement;
import vn.motcua.core.dossier.StoredFileRef;

/** Moves component file links in one transaction; the replacement must already be a registered file. */
public final class SqliteScannedFileReplacement implements ScannedFileReplacement {
    private final Database database;

    public SqliteScannedFileReplacement(Database database) {
        this.database = database;
    }

    @Override
    public int replace(StoredFileRef original, StoredFileRef replacement) {
        return database.write(Durability.FULL, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE dossier_component_file SET sha256 = ?, size = ?, media_type = ?, file_name = ?
                    WHERE sha256 = ?""")) {
                update.setString(1, replacement.sha256());
                update.setLong(2, replacement.size());
                update.setString(3, replacement.mediaType());
                update.setString(4, replacement.fileName());
                update.setString(5, original.sha256());
                return update.executeUpdate();
            }
        });
    }
}
