package vn.motcua.devices.scan.sane;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How to reach saned, the SANE network daemon in front of the counter's scanner. Read from properties under
 * {@value #PREFIX}, for example
 * <pre>
 * scanner.sane.host = 127.0.0.1        # saned on this PC, or the scan server's address
 * scanner.sane.port = 6566
 * scanner.sane.connectTimeoutMs = 3000
 * scanner.sane.readTimeoutMs = 60000   # longest silence while scanning (lamp warm-up, slow pages)
 * scanner.sane.option.swdeskew = yes   # backend-specific options, set after the profile's settings
 * </pre>
 * Backend options are checked against the scanner's own constraints before each batch; a value it cannot
 * take ends the batch with a {@link vn.motcua.devices.scan.ScanSettingsRejectedException}.
 */
public record SaneSettings(String host, int port, Duration connectTimeout, Duration readTimeout,
        Map<String, String> backendOptions) {

    public static final String PREFIX = "scanner.sane.";
    public static final String OPTION_PREFIX = "option.";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 6566;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    private static final Set<String> KEYS = Set.of("host", "port", "connectTimeoutMs", "readTimeoutMs");

    public SaneSettings {
        host = Objects.requireNonNullElse(host, "").strip();
        if (host.isEmpty()) {
            throw invalid("host", "is missing; the address of the PC running saned, e.g. 127.0.0.1");
        }
        if (port < 1 || port > 65535) {
            throw invalid("port", "must be between 1 and 65535, not " + port);
        }
        requireTimeout("connectTimeoutMs", connectTimeout);
        requireTimeout("readTimeoutMs", readTimeout);
        backendOptions = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNullElse(backendOptions, Map.of())));
        backendOptions.forEach((name, value) -> {
            if (name.isBlank() || value == null || value.isBlank()) {
                throw invalid(OPTION_PREFIX + name, "a backend option needs a name and a value");
            }
        });
    }

    public static SaneSettings of(String host, int port) {
        return new SaneSettings(host, port, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Map.of());
    }

    public SaneSettings withTimeouts(Duration connect, Duration read) {
        return new SaneSettings(host, port, connect, read, backendOptions);
    }

    /** The same settings with {@code options} replacing the backend options. */
    public SaneSettings withBackendOptions(Map<String, String> options) {
        return new SaneSettings(host, port, connectTimeout, readTimeout, options);
    }

    /**
     * Reads the settings from properties named {@code scanner.sane.*}; other properties are ignored.
     *
     * @throws InvalidSaneSettingsException naming the key when a value is malformed or the key unknown
     */
    public static SaneSettings fromProperties(Map<String, String> properties) {
        Map<String, String> own = new TreeMap<>();
        Map<String, String> options = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX + OPTION_PREFIX)) {
                options.put(key.substring((PREFIX + OPTION_PREFIX).length()).strip(), value.strip());
            } else if (key.startsWith(PREFIX)) {
                own.put(key.substring(PREFIX.length()), value.strip());
            }
        });
        for (String key : own.keySet()) {
            if (!KEYS.contains(key)) {
                throw invalid(key, "unknown setting; known are " + new TreeSet<>(KEYS) + " and "
                        + OPTION_PREFIX + "<backend option>");
            }
        }
        return new SaneSettings(
                own.getOrDefault("host", DEFAULT_HOST),
                integer(own, "port", DEFAULT_PORT),
                millis(own, "connectTimeoutMs", DEFAULT_CONNECT_TIMEOUT),
                millis(own, "readTimeoutMs", DEFAULT_READ_TIMEOUT),
                options);
    }

    private static int integer(Map<String, String> own, String key, int fallback) {
        String value = own.getOrDefault(key, "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + value + "' is not a whole number");
        }
    }

    private static Duration millis(Map<String, String> own, String key, Duration fallback) {
        return own.containsKey(key) ? Duration.ofMillis(integer(own, key, 0)) : fallback;
    }

    private static void requireTimeout(String key, Duration timeout) {
        Objects.requireNonNull(timeout, key);
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw invalid(key, "must be between 1 and " + MAX_TIMEOUT.toMillis() + " ms, not " + timeout.toMillis());
        }
    }

    private static InvalidSaneSettingsException invalid(String key, String message) {
        return new InvalidSaneSettingsException(PREFIX + key, message);
    }
}
