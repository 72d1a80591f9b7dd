package vn.motcua.store.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import vn.motcua.core.account.PasswordHasher;

/**
 * Argon2id (RFC 9106) password hashes in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard Base64), so the parameters
 * travel with each hash and can be raised later: {@link #needsRehash} tells when a stored hash is weaker
 * than today's parameters.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane; about 30–60 ms on a counter PC. */
    public static final Argon2PasswordHasher RECOMMENDED = new Argon2PasswordHasher(19_456, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int VERSION = Argon2Parameters.ARGON2_VERSION_13;
    /** Refuse to spend more than this verifying a stored hash, however its parameters were tampered with. */
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    /** Tests may use cheap parameters; production uses {@link #RECOMMENDED}. */
    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1.." + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS);
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory must be 8 × parallelism .. " + MAX_MEMORY_KIB + " KiB");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Encoded encoded = new Encoded(VERSION, memoryKib, iterations, parallelism, salt, null);
        byte[] hash = derive(password, encoded, HASH_BYTES);
        return "$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s".formatted(VERSION, memoryKib, iterations, parallelism,
                ENCODER.encodeToString(salt), ENCODER.encodeToString(hash));
    }

    /** False, never an exception, for a malformed or foreign hash: it simply does not match. */
    @Override
    public boolean verify(char[] password, String encodedHash) {
        Objects.requireNonNull(password, "password");
        Optional<Encoded> parsed = parse(encodedHash);
        if (parsed.isEmpty()) {
            return false;
        }
        Encoded stored = parsed.get();
        byte[] computed = derive(password, stored, stored.hash().length);
        try {
            return MessageDigest.isEqual(computed, stored.hash()); // constant time
        } finally {
            Arrays.fill(computed, (byte) 0);
        }
    }

    @Override
    public boolean needsRehash(String encodedHash) {
        return parse(encodedHash)
                .map(e -> e.version() != VERSION || e.memoryKib() < memoryKib || e.iterations() < iterations
                        || e.parallelism() < parallelism || e.hash().length < HASH_BYTES
                        || e.salt().length < SALT_BYTES)
                .orElse(true);
    }

    private static byte[] derive(char[] password, Encoded parameters, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(parameters.version())
                .withMemoryAsKB(parameters.memoryKib())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(parameters.salt())
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out); // UTF-8, as the PHC reference implementation
        return out;
    }

    private static Optional<Encoded> parse(String encodedHash) {
        if (encodedHash == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(encodedHash);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Encoded e = new Encoded(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), DECODER.decode(m.group(5)),
                    DECODER.decode(m.group(6)));
            return e.withinLimits() ? Optional.of(e) : Optional.empty();
        } catch (IllegalArgumentException badBase64) {
            return Optional.empty();
        }
    }

    private record Encoded(int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        boolean withinLimits() {
            return (version == Argon2Parameters.ARGON2_VERSION_13 || version == Argon2Parameters.ARGON2_VERSION_10)
                    && parallelism >= 1 && parallelism <= MAX_PARALLELISM
                    && iterations >= 1 && iterations <= MAX_ITERATIONS
                    && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB
                    && salt.length >= 8 && hash.length >= 16 && hash.length <= 64;
        }
    }
}
