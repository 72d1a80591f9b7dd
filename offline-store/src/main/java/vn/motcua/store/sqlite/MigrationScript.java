package vn.motcua.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema change, named {@code V001__initial_schema.sql}: version 1, description
 * "initial schema". Its SHA-256 is recorded when applied, so a later edit of an applied script is caught.
 */
public record MigrationScript(int version, String description, String sql, String sha256) {
    private static final Pattern NAME = Pattern.compile("V(\\d{3,})__([A-Za-z0-9_]+)\\.sql");

    public MigrationScript {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(sha256, "sha256");
        if (version < 1) {
            throw new IllegalArgumentException("Migration versions start at 1");
        }
    }

    public static MigrationScript of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("Migration script name '" + fileName
                    + "' does not follow V001__description.sql");
        }
        // Line endings are normalised before hashing so a checkout with CRLF does not look like an edit.
        String normalised = sql.replace("\r\n", "\n");
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), normalised,
                sha256(normalised));
    }

    public String label() {
        return "V%03d (%s)".formatted(version, description);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
