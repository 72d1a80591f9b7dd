package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How values are written to and read from columns, the same way in every table. */
final class Columns {
    /** Fixed width with nanoseconds: text order is time order, and the value reads back unchanged. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private Columns() {
    }

    static String time(LocalDateTime time) {
        return LOCAL_TIME.format(time);
    }

    static LocalDateTime time(String text) {
        return LocalDateTime.parse(text, LOCAL_TIME);
    }

    static void setOptionalTime(PreparedStatement statement, int index, Optional<LocalDateTime> time)
            throws SQLException {
        statement.setString(index, time.map(Columns::time).orElse(null));
    }

    static Optional<LocalDateTime> optionalTime(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(rows.getString(column)).map(Columns::time);
    }

    static int flag(boolean value) {
        return value ? 1 : 0;
    }

    /** A LIKE pattern matching values that contain the text literally; use with {@code ESCAPE '\'}. */
    static String containing(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Refuses work for a dossier that is not stored, with a message naming it. */
    static void requireDossier(java.sql.Connection connection, vn.motcua.core.dossier.DossierCode dossier)
            throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM dossier WHERE code = ?")) {
            exists.setString(1, dossier.value());
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("Dossier " + dossier + " is not stored");
                }
            }
        }
    }

    static void setFile(PreparedStatement statement, int first, vn.motcua.core.dossier.StoredFileRef file)
            throws SQLException {
        statement.setString(first, file.sha256());
        statement.setLong(first + 1, file.size());
        statement.setString(first + 2, file.mediaType());
        statement.setString(first + 3, file.fileName());
    }

    /** A file reference from the columns sha256, size, media_type and file_name. */
    static vn.motcua.core.dossier.StoredFileRef file(ResultSet rows) throws SQLException {
        return new vn.motcua.core.dossier.StoredFileRef(rows.getString("sha256"), rows.getLong("size"),
                rows.getString("media_type"), rows.getString("file_name"));
    }
}
