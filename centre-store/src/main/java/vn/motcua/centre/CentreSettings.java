package vn.motcua.centre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How a desk reaches the centre's shared queue, read from {@code centre.*} in {@code desk.properties}. Without
 * {@code centre.jdbcUrl} the desk is in single-PC mode and keeps its queue in its own SQLite store. The password is
 * never in the properties file nor in the database: it is read from {@code centre.passwordFile} (readable by the
 * desk's OS account only), and {@link #toString()} never shows it.
 *
 * <pre>
 * centre.jdbcUrl        = jdbc:postgresql://192.168.1.10:5432/motcua_centre   (absent = single-PC mode)
 * centre.user           = quay07                                (a member of the role motcua_desk)
 * centre.passwordFile   = /etc/motcua/centre-password           (first line is the password)
 * centre.connectTimeout = PT3S     centre.statementTimeout = PT10S   (ISO-8601 durations)
 * centre.poolSize       = 3
 * </pre>
 *
 * TLS: add {@code ?sslmode=verify-full&sslrootcert=/etc/motcua/centre-ca.crt} to the URL (docs/centre-mode.md).
 */
public record CentreSettings(String jdbcUrl, String user, Path passwordFile, Duration connectTimeout,
        Duration statementTimeout, int poolSize) {
    public static final String PREFIX = "centre.";

    public CentreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordFile, "passwordFile");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(PREFIX + "jdbcUrl must start with jdbc:postgresql:");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException(PREFIX + "poolSize must be at least 1");
        }
    }

    public CentreSettings(String jdbcUrl, String user, Path passwordFile) {
        this(jdbcUrl, user, passwordFile, Duration.ofSeconds(3), Duration.ofSeconds(10), 3);
    }

    public CentreSettings withPoolSize(int size) {
        return new CentreSettings(jdbcUrl, user, passwordFile, connectTimeout, statementTimeout, size);
    }

    /** Whether the properties ask for centre mode at all. */
    public static boolean configured(Properties properties) {
        return !properties.getProperty(PREFIX + "jdbcUrl", "").isBlank();
    }

    /** @throws IllegalArgumentException listing every missing or invalid key (never the password) */
    public static CentreSettings from(Properties properties) {
        List<String> problems = new ArrayList<>();
        String url = required(properties, "jdbcUrl", problems);
        String user = required(properties, "user", problems);
        String file = required(properties, "passwordFile", problems);
        Duration connect = duration(properties, "connectTimeout", "PT3S", problems);
        Duration statement = duration(properties, "statementTimeout", "PT10S", problems);
        int pool = 3;
        String rawPool = properties.getProperty(PREFIX + "poolSize", "").strip();
        if (!rawPool.isEmpty()) {
            try {
                pool = Integer.parseInt(rawPool);
            } catch (NumberFormatException e) {
                problems.add(PREFIX + "poolSize must be a whole number");
            }
        }
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            problems.add(PREFIX + "jdbcUrl must start with jdbc:postgresql:");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new CentreSettings(url, user, Path.of(file), connect, statement, pool);
    }

    /** The first line of the password file; read when connecting, never kept in a field or logged. */
    String password() {
        try {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.getFirst().isEmpty()) {
                throw new IllegalStateException("The centre password file " + passwordFile + " is empty");
            }
            return lines.getFirst();
        } catch (IOException e) {
            throw new IllegalStateException("The centre password file " + passwordFile + " cannot be read: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "CentreSettings[jdbcUrl=" + jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***") + ", user=" + user + ", passwordFile=" + passwordFile
                + ", connectTimeout=" + connectTimeout + ", statementTimeout=" + statementTimeout + ", poolSize="
                + poolSize + "]";
    }

    private static String required(Properties properties, String key, List<String> problems) {
        String value = properties.getProperty(PREFIX + key, "").strip();
        if (value.isEmpty()) {
            problems.add(PREFIX + key + " is missing");
        }
        return value;
    }

    private static Duration duration(Properties properties, String key, String fallback, List<String> problems) {
        String value = properties.getProperty(PREFIX + key, fallback).strip();
        try {
            Duration duration = Duration.parse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problems.add(PREFIX + key + " must be a positive ISO-8601 duration such as PT3S");
        return Duration.parse(fallback);
    }
}
