package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** What the province already has: uploaded files ({@code synced_file}) and pull cursors ({@code sync_cursor}). */
public final class SqliteSyncMarks {
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Database database;

    public SqliteSyncMarks(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /** The province's file id (MaTep) of an uploaded file. */
    public Optional<String> remoteFile(String sha256) {
        return value("SELECT remote_id FROM synced_file WHERE sha256 = ?", sha256);
    }

    /**
     * NORMAL durability, like the outbox marks: a mark lost in a power cut only makes the desk offer the file again,
     * and the province, keeping files by SHA-256, answers at once that it has it all.
     */
    public void recordUpload(String sha256, String remoteId) {
        upsert(Durability.NORMAL, """
                INSERT INTO synced_file (sha256, remote_id, uploaded_at) VALUES (?, ?, ?)
                ON CONFLICT (sha256) DO UPDATE SET remote_id = excluded.remote_id, uploaded_at = excluded.uploaded_at""",
                sha256, remoteId);
    }

    /** The cursor a pull stopped at; empty before the first pull. */
    public Optional<String> cursor(String name) {
        return value("SELECT value FROM sync_cursor WHERE name = ?", name);
    }

    public void saveCursor(String name, String value) {
        upsert(Durability.FULL, """
                INSERT INTO sync_cursor (name, value, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""",
                name, value);
    }

    private Optional<String> value(String sql, String key) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private void upsert(Durability durability, String sql, String key, String value) {
        database.write(durability, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.setString(3, Columns.time(LocalDateTime.now(OFFICE)));
                return upsert.executeUpdate();
            }
        });
    }
}
