package vn.motcua.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
 */
public record SandboxOptions(int port, Path dataDirectory, Map<String, String> users, Map<String, String> agencies,
        Duration sessionLifetime, boolean strictCreate, String faults, long seed, Duration slowDelay, int pageSize,
        Clock clock) {
    public static final String DEFAULT_USER = "canbo";
    public static final String DEFAULT_PASSWORD = "sandbox";
    public static final String DEFAULT_AGENCY = "000.00.12.H62";

    public SandboxOptions {
        users = Map.copyOf(users);
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        Objects.requireNonNull(sessionLifetime);
        Objects.requireNonNull(clock);
        faults = faults == null ? "" : faults;
        if (pageSize < 1 || port < 0 || users.isEmpty() || agencies.isEmpty()) {
            throw new IllegalArgumentException("A sandbox needs a user, an agency, a page size >= 1 and a port >= 0");
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, null, Map.of(DEFAULT_USER, DEFAULT_PASSWORD),
                Map.of(DEFAULT_AGENCY, "Bộ phận Một cửa (đơn vị thử nghiệm)"), Duration.ofHours(8), false, "", 1L,
                Duration.ofSeconds(2), 50, Clock.systemUTC());
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults,
                seed, slowDelay, pageSize, clock);
    }

    public SandboxOptions withDataDirectory(Path directory) {
        return new SandboxOptions(port, directory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, pageSize, clock);
    }

    public SandboxOptions withUsers(Map<String, String> newUsers) {
        return new SandboxOptions(port, dataDirectory, newUsers, agencies, sessionLifetime, strictCreate, faults,
                seed, slowDelay, pageSize, clock);
    }

    public SandboxOptions withUser(String name, String password) {
        Map<String, String> more = new LinkedHashMap<>(users);
        more.put(name, password);
        return withUsers(more);
    }

    public SandboxOptions withAgencies(Map<String, String> newAgencies) {
        return new SandboxOptions(port, dataDirectory, users, newAgencies, sessionLifetime, strictCreate, faults,
                seed, slowDelay, pageSize, clock);
    }

    public SandboxOptions withAgency(String code, String name) {
        Map<String, String> more = new LinkedHashMap<>(agencies);
        more.put(code, name);
        return withAgencies(more);
    }

    public SandboxOptions withSessionLifetime(Duration lifetime) {
        return new SandboxOptions(port, dataDirectory, users, agencies, lifetime, strictCreate, faults, seed,
                slowDelay, pageSize, clock);
    }

    public SandboxOptions withStrictCreate(boolean strict) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strict, faults, seed,
                slowDelay, pageSize, clock);
    }

    public SandboxOptions withFaults(String spec) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, spec, seed,
                slowDelay, pageSize, clock);
    }

    public SandboxOptions withSeed(long newSeed) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults,
                newSeed, slowDelay, pageSize, clock);
    }

    public SandboxOptions withSlowDelay(Duration delay) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                delay, pageSize, clock);
    }

    public SandboxOptions withPageSize(int size) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, size, clock);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, dataDirectory, users, agencies, sessionLifetime, strictCreate, faults, seed,
                slowDelay, pageSize, newClock);
    }
}
