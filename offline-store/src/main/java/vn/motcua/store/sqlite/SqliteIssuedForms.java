package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.IssuedForm;
import vn.motcua.core.dossier.IssuedForms;

/** Issued forms in {@code dossier_form}; a form is recorded with the same durability as the dossier itself. */
public final class SqliteIssuedForms implements IssuedForms {
    private final Database database;

    public SqliteIssuedForms(Database database) {
        this.database = database;
    }

    @Override
    public void record(DossierCode dossier, IssuedForm form) {
        database.write(Durability.FULL, connection -> {
            Columns.requireDossier(connection, dossier);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_form (dossier_code, position, kind, sha256, size, media_type, file_name,
                                              issued_at, issued_by)
                    VALUES (?, (SELECT count(*) FROM dossier_form WHERE dossier_code = ?), ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, dossier.value());
                insert.setString(2, dossier.value());
                insert.setString(3, form.kind());
                Columns.setFile(insert, 4, form.file());
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
                        forms.add(new IssuedForm(rows.getString("kind"), Columns.file(rows), Columns.time(rows.getString("issued_at")), rows.getString("issued_by")));
                    }
                }
                return forms;
            }
        });
    }
}
