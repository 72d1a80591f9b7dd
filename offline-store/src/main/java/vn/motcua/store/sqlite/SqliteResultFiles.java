package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultFiles;
import vn.motcua.core.dossier.ResultSignature;

/**
 * Result files in {@code dossier_result_file}, recorded with the same durability as the dossier itself and queued
 * for the province in the same transaction.
 */
public final class SqliteResultFiles implements ResultFiles {
    private final Database database;

    public SqliteResultFiles(Database database) {
        this.database = database;
    }

    @Override
    public void attach(DossierCode dossier, ResultFile result) {
        database.write(Durability.FULL, connection -> {
            Columns.requireDossier(connection, dossier);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_result_file (dossier_code, position, sha256, size, media_type, file_name,
                                                     source, signature_state, signer, attached_at, attached_by)
                    VALUES (?, (SELECT count(*) FROM dossier_result_file WHERE dossier_code = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, dossier.value());
                insert.setString(2, dossier.value());
                Columns.setFile(insert, 3, result.file());
                insert.setString(7, result.source().name());
                insert.setString(8, result.signature().state().name());
                insert.setString(9, result.signature().signer());
                insert.setString(10, Columns.time(result.attachedAt()));
                insert.setString(11, result.attachedBy());
                insert.executeUpdate();
            }
            SqliteOutbox.enqueue(connection, dossier.value(), "RESULT_ATTACHED");
            return null;
        });
    }

    @Override
    public List<ResultFile> of(DossierCode dossier) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT sha256, size, media_type, file_name, source, signature_state, signer, attached_at,
                           attached_by
                    FROM dossier_result_file WHERE dossier_code = ? ORDER BY position""")) {
                query.setString(1, dossier.value());
                List<ResultFile> results = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        results.add(new ResultFile(Columns.file(rows),
                                ResultFile.Source.valueOf(rows.getString("source")),
                                new ResultSignature(ResultSignature.State.valueOf(rows.getString("signature_state")),
                                        rows.getString("signer")),
                                Columns.time(rows.getString("attached_at")), rows.getString("attached_by")));
                    }
                }
                return results;
            }
        });
    }
}
