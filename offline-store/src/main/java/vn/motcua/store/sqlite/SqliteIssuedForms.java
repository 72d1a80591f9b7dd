package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.IssuedForm;
import vn.motcua.core.dossier.IssuedForms;
import vn.motcua.core.dossier.StoredFileRef;

/** Issued forms in {@code dossier_form}; a form is recorded with the same durability as the dossier itself. */
public final class SqliteIssuedForms implements IssuedForms {
    private final Database database;

    public SqliteIssuedForms(Database database) {
        this.database = database;
    }

    @Override
    public void record(DossierCode dossier, IssuedForm form) {
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM dossier WHERE code = ?")) {
                exists.setString(1, dossier.value());
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalArgumentException("Dossier " + dossier + " is not stored");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_form (dossier_code, position, kind, sha256, size, media_type, file_name,
                                              issued_at, issued_by)
                    VALUES (?, (SELECT count(*) FROM dossier_form WHERE dossier_code = ?), ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, dossier.value());
                insert.setString(2, dossier.value());
                insert.setString(3, form.kind());
                insert.setString(4, form.file().sha256());
                insert.setLong(5, form.file().size());
                insert.setString(6, form.file().mediaType());
                insert.setString(7, form.file().fileName());
                insert.setString(8, Columns.time(form.issuedAt()));
                insert.setString(9, form.issuedBy());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<IssuedForm> of(DossierCode dossier) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT kind, sha256, size, media_type, file_name, issued_at, issued_by FROM dossier_form
                    WHERE dossier_code = ? ORDER BY position""")) {
                query.setString(1, dossier.value());
                List<IssuedForm> forms = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        forms.add(new IssuedForm(rows.getString("kind"), new StoredFileRef(rows.getString("sha256"),
                                rows.getLong("size"), rows.getString("media_type"), rows.getString("file_name")),
                                Columns.time(rows.getString("issued_at")), rows.getString("issued_by")));
                    }
                }
                return forms;
            }
        });
    }
}
