package vn.motcua.store.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import vn.motcua.core.dossier.AgencyCode;

/**
 * How this desk reaches its province, read from {@code sync.*} properties. {@link #toString()} never shows the
 * password or the OAuth secret, so settings can be logged.
 *
 * <pre>
 * sync.serviceUrl      = https://motcua.tinh.gov.vn/api/   (required; absent = sync not configured)
 * sync.agency          = 000.00.12.H62                      (required; sent as dstcode and madonvi)
 * sync.username        = …                                  (required)
 * sync.password        = …                                  (required)
 * sync.connectTimeout  = PT10S     sync.requestTimeout = PT30S     (ISO-8601 durations)
 * sync.uploadChunkBytes = 262144
 * sync.statusCodes     = status-codes.tsv                    (bundled table name)
 * sync.retry.first = PT5S   sync.retry.ceiling = PT30M
 * sync.circuit.failures = 5   sync.circuit.coolDown = PT2M   sync.pullEvery = PT5M
 * sync.oauth.tokenUrl, sync.oauth.clientId, sync.oauth.clientSecret, sync.oauth.scope (optional gateway)
 * sync.codeBlockSize   = 50   (dossier numbers reserved from the province per block, for today and tomorrow)
 * </pre>
 */
public record SyncSettings(URI serviceUrl, AgencyCode agency, String username, String password,
        Duration connectTimeout, Duration requestTimeout, int uploadChunkBytes, String statusCodes,
        Duration retryFirst, Duration retryCeiling, int circuitFailures, Duration circuitCoolDown, Duration pullEvery,
        Optional<OAuth> oauth, int codeBlockSize) {

    public static final String PREFIX = "sync.";

    /** The optional client-credentials gateway in front of the province. */
    public record OAuth(URI tokenUrl, String clientId, String clientSecret, String scope) {
        @Override
        public String toString() {
            return "OAuth[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=***, scope=" + scope + "]";
        }
    }

    public SyncSettings {
        Objects.requireNonNull(serviceUrl, "serviceUrl");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(oauth, "oauth");
    }

    /** Whether the properties ask for sync at all: without a service URL the desk works alone. */
    public static boolean configured(Properties properties) {
        return !properties.getProperty(PREFIX + "serviceUrl", "").isBlank();
    }

    /** @throws SyncSettingsException listing every missing or invalid key */
    public static SyncSettings from(Properties properties) {
        var reader = new Reader(properties);
        var settings = new SyncSettings(reader.uri("serviceUrl"), reader.agency(), reader.required("username"),
                reader.required("password"), reader.duration("connectTimeout", "PT10S"),
                reader.duration("requestTimeout", "PT30S"), reader.positive("uploadChunkBytes", 256 * 1024),
                reader.text("statusCodes", "status-codes.tsv"), reader.duration("retry.first", "PT5S"),
                reader.duration("retry.ceiling", "PT30M"), reader.positive("circuit.failures", 5),
                reader.duration("circuit.coolDown", "PT2M"), reader.duration("pullEvery", "PT5M"), reader.oauth(),
                reader.positive("codeBlockSize", 50));
        reader.throwIfWrong();
        return settings;
    }

    @Override
    public String toString() {
        return "SyncSettings[serviceUrl=" + serviceUrl + ", agency=" + agency + ", username=" + username
                + ", password=***, connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", oauth=" + oauth.map(OAuth::toString).orElse("none") + "]";
    }

    /** Collects every problem before failing, so one correction round fixes the file. */
    private static final class Reader {
        private static final URI PLACEHOLDER = URI.create("http://invalid/");
        private final Properties properties;
        private final List<String> problems = new ArrayList<>();

        Reader(Properties properties) {
            this.properties = Objects.requireNonNull(properties, "properties");
        }

        String text(String key, String fallback) {
            String value = properties.getProperty(PREFIX + key, "").strip();
            return value.isEmpty() ? fallback : value;
        }

        String required(String key) {
            String value = text(key, "");
            if (value.isEmpty()) {
                problems.add(PREFIX + key + " is missing");
            }
            return value;
        }

        URI uri(String key) {
            String value = required(key);
            if (value.isEmpty()) {
                return PLACEHOLDER;
            }
            try {
                URI uri = new URI(value);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    problems.add(PREFIX + key + " must be an http(s) URL with a host: " + value);
                    return PLACEHOLDER;
                }
                return uri;
            } catch (URISyntaxException e) {
                problems.add(PREFIX + key + " is not a URL: " + e.getMessage());
                return PLACEHOLDER;
            }
        }

        AgencyCode agency() {
            String value = required("agency");
            try {
                return new AgencyCode(value.isEmpty() ? "?" : value);
            } catch (IllegalArgumentException e) {
                problems.add(PREFIX + "agency: " + e.getMessage());
                return new AgencyCode("?");
            }
        }

        Duration duration(String key, String fallback) {
            String value = text(key, fallback);
            try {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.isZero()) {
                    problems.add(PREFIX + key + " must be positive: " + value);
                    return Duration.parse(fallback);
                }
                return duration;
            } catch (RuntimeException e) {
                problems.add(PREFIX + key + " must be an ISO-8601 duration such as PT30S: " + value);
                return Duration.parse(fallback);
            }
        }

        int positive(String key, int fallback) {
            String value = text(key, Integer.toString(fallback));
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(PREFIX + key + " must be a positive whole number: " + value);
            return fallback;
        }

        Optional<OAuth> oauth() {
            if (text("oauth.tokenUrl", "").isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new OAuth(uri("oauth.tokenUrl"), required("oauth.clientId"),
                    required("oauth.clientSecret"), text("oauth.scope", "")));
        }

        void throwIfWrong() {
            if (!problems.isEmpty()) {
                throw new SyncSettingsException(problems);
            }
        }
    }
}
