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
}
