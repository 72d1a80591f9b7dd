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

    /**
     * Local ISO text to a time. The store writes {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnn} ({@link #time(LocalDateTime)}),
     * read here digit by digit: a period's statistics parse tens of thousands of times and the formatter is most of
     * that cost. Anything else (ratings may be written with another precision) goes through
     * {@link LocalDateTime#parse}.
     */
    static LocalDateTime time(String text) {
        if (text.length() == 29 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.') {
            int nanos = digits(text, 20, 29);
            if (nanos >= 0) {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                int hour = digits(text, 11, 13);
                int minute = digits(text, 14, 16);
                int second = digits(text, 17, 19);
                if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
                }
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
