package vn.motcua.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a sandbox province starts. {@link #defaults()} gives an ephemeral port, in-memory storage, one user
 * {@value #DEFAULT_USER}/{@value #DEFAULT_PASSWORD} and one agency {@value #DEFAULT_AGENCY}.
 *
 * @param port        0 for an ephemeral port
 * @param dataDirectory where the state snapshot and uploaded files live; null keeps everything in memory
 * @param users       user name to password
 * @param agencies    agency code (the {@code dstcode} / {@code madonvi}) to agency name
 * @param strictCreate a second create without {@code CapNhat} answers 409 "Hồ sơ đã tồn tại"
 * @param faults      fault rules in {@link FaultPlan#add(String)} syntax, may be empty
 * @param pageSize    most items one "changed since" listing answers
 * @param oauth       when present, an OAuth2 client-credentials gateway guards {@code /api/} (see {@link #withOAuth})
 */
public record SandboxOptions(int port, Path dataDirectory, Map<String, String> users, Map<String, String> agencies,
        Duration sessionLifetime, boolean strictCreate, String faults, long seed, Duration slowDelay, int pageSize,
        Clock clock, Optional<OAuthClient> oauth) {
    public static final String DEFAULT_USER = "canbo";
    public static final String DEFAULT_PASSWORD = "sandbox";
    public static final String DEFAULT_AGENCY = "000.00.12.H62";

    public SandboxOptions {
        users = Map.copyOf(users);
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        Objects.requireNonNull(sessionLifetime);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(oauth);
        faults = faults == null ? "" : faults;
        if (pageSize < 1 || port < 0 || users.isEmpty() || agencies.isEmpty()) {
            throw new IllegalArgumentException("A sandbox needs a user, an agency, a page size >= 1 and a port >= 0");
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, null, Map.of(DEFAULT_USER, DEFAULT_PASSWORD),
                Map.of(DEFAULT_AGENCY, "Bộ phận Một cửa (đơn vị thử nghiệm)"), Duration.ofHours(8), false, "", 1L,
                Duration.ofSeconds(2), 50, Clock.systemUTC(), Optional.empty());
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults,
                seed, slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withDataDirectory(Path directory) {
        return new SandboxOptions(port, directory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withUsers(Map<String, String> newUsers) {
        return new SandboxOptions(port, dataDirectory, newUsers, agencies, sessionLifetime, strictCreate, faults,
                seed, slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withUser(String name, String password) {
        Map<String, String> more = new LinkedHashMap<>(users);
        more.put(name, password);
        return withUsers(more);
    }

    public SandboxOptions withAgencies(Map<String, String> newAgencies) {
        return new SandboxOptions(port, dataDirectory, users, newAgencies, sessionLifetime, strictCreate, faults,
                seed, slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withAgency(String code, String name) {
        Map<String, String> more = new LinkedHashMap<>(agencies);
        more.put(code, name);
        return withAgencies(more);
    }

    public SandboxOptions withSessionLifetime(Duration lifetime) {
        return new SandboxOptions(port, dataDirectory, users, agencies, lifetime, strictCreate, faults, seed,
                slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withStrictCreate(boolean strict) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strict, faults, seed,
                slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withFaults(String spec) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, spec, seed,
                slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withSeed(long newSeed) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults,
                newSeed, slowDelay, pageSize, clock, oauth);
    }

    public SandboxOptions withSlowDelay(Duration delay) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                delay, pageSize, clock, oauth);
    }

    public SandboxOptions withPageSize(int size) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, size, clock, oauth);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, pageSize, newClock, oauth);
    }

    /**
     * Puts an OAuth2 client-credentials gateway in front of {@code /api/}: tokens from {@code POST /oauth/token} for
     * this one client, living {@code tokenLifetime} on the province's clock.
     */
    public SandboxOptions withOAuth(String clientId, String clientSecret, Duration tokenLifetime) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, pageSize, clock, Optional.of(new OAuthClient(clientId, clientSecret, tokenLifetime)));
    }

    /** The one client the gateway knows. {@link #toString()} hides the secret. */
    public record OAuthClient(String clientId, String clientSecret, Duration tokenLifetime) {
        public OAuthClient {
            if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isEmpty()
                    || tokenLifetime == null || tokenLifetime.toSeconds() < 1) {
                throw new IllegalArgumentException("An OAuth client needs an id, a secret and a lifetime >= 1 s");
            }
        }

        @Override
        public String toString() {
            return "OAuthClient[clientId=" + clientId + ", clientSecret=***, tokenLifetime=" + tokenLifetime + "]";
        }
    }
}
