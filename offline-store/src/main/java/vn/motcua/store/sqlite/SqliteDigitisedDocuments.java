package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.intake.DigitisedDocuments;
import vn.motcua.core.intake.ReusableDocument;

/**
 * Digitised components of earlier dossiers of the same owner, found through the owner's identifier. A file
 * reused again and again is listed once, from its newest dossier.
 */
public final class SqliteDigitisedDocuments implements DigitisedDocuments {
    static final int LIMIT = 20;
    private static final String QUERY = """
            SELECT f.sha256, f.size, f.media_type, f.file_name, c.code AS component_code, c.name AS component_name,
                   c.from_national_store, d.code AS dossier_code, d.received_at
            FROM dossier d
            JOIN dossier_component c ON c.dossier_code = d.code
            JOIN dossier_component_file f ON f.dossier_code = c.dossier_code AND f.component_position = c.position
            WHERE d.owner_identifier = ? AND c.code = ? AND c.digitised = 1 AND d.status <> 'NOT_RECEIVED'
            ORDER BY d.received_at DESC, d.code DESC, f.position
            LIMIT ?""";

    private final Database database;

    public SqliteDigitisedDocuments(Database database) {
        this.database = database;
    }

    @Override
    public List<ReusableDocument> find(String ownerIdentifier, String componentCode) {
        if (ownerIdentifier.isBlank()) {
            return List.of();
        }
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(QUERY)) {
                query.setString(1, ownerIdentifier);
                query.setString(2, componentCode);
                query.setInt(3, LIMIT * 4);
                try (ResultSet rows = query.executeQuery()) {
                    return distinctFiles(rows);
                }
            }
        });
    }

    private static List<ReusableDocument> distinctFiles(ResultSet rows) throws SQLException {
        List<ReusableDocument> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (rows.next() && found.size() < LIMIT) {
            if (seen.add(rows.getString("sha256"))) {
                found.add(document(rows));
            }
        }
        return found;
    }

    private static ReusableDocument document(ResultSet rows) throws SQLException {
        StoredFileRef file = new StoredFileRef(rows.getString("sha256"), rows.getLong("size"),
                rows.getString("media_type"), rows.getString("file_name"));
        return new ReusableDocument(file, rows.getString("component_code"), rows.getString("component_name"),
                DossierCode.parse(rows.getString("dossier_code")).orElseThrow(),
                Columns.time(rows.getString("received_at")), rows.getInt("from_national_store") == 1);
    }
}
