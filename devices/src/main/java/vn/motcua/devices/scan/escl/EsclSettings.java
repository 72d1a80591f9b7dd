package vn.motcua.devices.scan.escl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.motcua.devices.settings.DeviceProperties;

/**
 * How to reach a driverless (eSCL / AirScan) scanner. Read from properties under {@value #PREFIX}, e.g.
 * <pre>
 * scanner.escl.uri = http://192.168.1.20/eSCL   # the eSCL root; a bare http://host[:port] means /eSCL
 * scanner.escl.connectTimeoutMs = 3000
 * scanner.escl.requestTimeoutMs = 10000         # capabilities, status, job creation, cancel
 * scanner.escl.pageTimeoutMs = 120000           # a page may take this long without a byte arriving
 * scanner.escl.busyTimeoutMs = 30000            # how long "503 busy" answers are retried per step
 * scanner.escl.busyRetryMs = 500                # first retry delay; doubles up to 8 times this
 * </pre>
 * {@code root} never ends with a slash.
 */
public record EsclSettings(URI root, Duration connectTimeout, Duration requestTimeout, Duration pageTimeout,
        Duration busyTimeout, Duration busyRetry) {

    public static final String PREFIX = "scanner.escl.";
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_BUSY_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    private static final Set<String> KEYS = Set.of("uri", "connectTimeoutMs", "requestTimeoutMs", "pageTimeoutMs",
            "busyTimeoutMs", "busyRetryMs");

    public EsclSettings {
        root = normalisedRoot(root);
        requireTimeout("connectTimeoutMs", connectTimeout);
        requireTimeout("requestTimeoutMs", requestTimeout);
        requireTimeout("pageTimeoutMs", pageTimeout);
        requireTimeout("busyTimeoutMs", busyTimeout);
        requireTimeout("busyRetryMs", busyRetry);
        if (busyRetry.compareTo(busyTimeout) > 0) {
            throw invalid("busyRetryMs", "must not exceed busyTimeoutMs (" + busyTimeout.toMillis() + " ms), not "
                    + busyRetry.toMillis());
        }
    }

    /** The scanner at {@code root} with the default timeouts. */
    public static EsclSettings of(URI root) {
        return new EsclSettings(root, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_PAGE_TIMEOUT,
                DEFAULT_BUSY_TIMEOUT, DEFAULT_BUSY_RETRY);
    }

    public EsclSettings withRoot(URI otherRoot) {
        return new EsclSettings(otherRoot, connectTimeout, requestTimeout, pageTimeout, busyTimeout, busyRetry);
    }

    public EsclSettings withTimeouts(Duration connect, Duration request, Duration page) {
        return new EsclSettings(root, connect, request, page, busyTimeout, busyRetry);
    }

    public EsclSettings withBusyRetry(Duration firstRetry, Duration giveUpAfter) {
        return new EsclSettings(root, connectTimeout, requestTimeout, pageTimeout, giveUpAfter, firstRetry);
    }

    /**
     * Reads the settings from properties named {@code scanner.escl.*}; other properties are ignored.
     *
     * @throws InvalidEsclSettingsException naming the key when a value is missing, malformed or unknown
     */
    public static EsclSettings fromProperties(Map<String, String> properties) {
        DeviceProperties own = DeviceProperties.of(properties, PREFIX, KEYS, EsclSettings::invalid);
        return new EsclSettings(uri(own.getOrDefault("uri", "")),
                millis(own, "connectTimeoutMs", DEFAULT_CONNECT_TIMEOUT),
                millis(own, "requestTimeoutMs", DEFAULT_REQUEST_TIMEOUT),
                millis(own, "pageTimeoutMs", DEFAULT_PAGE_TIMEOUT),
                millis(own, "busyTimeoutMs", DEFAULT_BUSY_TIMEOUT),
                millis(own, "busyRetryMs", DEFAULT_BUSY_RETRY));
    }

    private static URI uri(String value) {
        if (value.isEmpty()) {
            throw invalid("uri", "is missing; the scanner's eSCL address, e.g. http://192.168.1.20/eSCL");
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("uri", "'" + value + "' is not a valid address: " + e.getReason());
        }
    }

    private static URI normalisedRoot(URI root) {
        Objects.requireNonNull(root, "root");
        String scheme = Objects.requireNonNullElse(root.getScheme(), "").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("uri", "'" + root + "' must start with http:// or https://");
        }
        if (root.getHost() == null || root.getRawUserInfo() != null) {
            throw invalid("uri", "'" + root + "' must name the scanner's host, e.g. http://192.168.1.20/eSCL");
        }
        if (root.getRawQuery() != null || root.getRawFragment() != null) {
            throw invalid("uri", "'" + root + "' must not have a query or fragment");
        }
        String path = Objects.requireNonNullElse(root.getRawPath(), "").replaceAll("/+$", "");
        return URI.create(scheme + "://" + root.getRawAuthority() + (path.isEmpty() ? "/eSCL" : path));
    }

    private static Duration millis(DeviceProperties own, String key, Duration fallback) {
        String value = own.getOrDefault(key, "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + value + "' is not a whole number of milliseconds");
        }
    }

    private static void requireTimeout(String key, Duration timeout) {
        Objects.requireNonNull(timeout, key);
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw invalid(key, "must be between 1 and " + MAX_TIMEOUT.toMillis() + " ms, not " + timeout.toMillis());
        }
    }

    private static InvalidEsclSettingsException invalid(String key, String message) {
        return new InvalidEsclSettingsException(PREFIX + key, message);
    }
}
