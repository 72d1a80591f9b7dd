package vn.motcua.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalAccountsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    private final MapAccountStore store = new MapAccountStore();
    private LocalAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new LocalAccounts(store, new Pbkdf2Hasher(1_000), PasswordPolicy.DEFAULT, clock);
    }

    @Test
    void firstStartCreatesAnAdminWhoMustChangeThePassword() {
        assertThat(accounts.ensureInitialAdmin()).isTrue();
        assertThat(accounts.ensureInitialAdmin()).isFalse();
        var result = accounts.signIn("admin", "admin".toCharArray());
        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, s -> {
            assertThat(s.mustChangePassword()).isTrue();
            assertThat(s.account().has(Role.ADMIN)).isTrue();
        });
        assertThat(store.find("admin").orElseThrow().passwordHash()).doesNotContain("admin");
    }

    @Test
    void unknownUserAndWrongPasswordAnswerTheSame() {
        accounts.ensureInitialAdmin();
        assertThat(accounts.signIn("nobody", "x".toCharArray())).isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(accounts.signIn("admin", "wrong".toCharArray())).isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(accounts.signIn("bad name!", "x".toCharArray())).isInstanceOf(SignInResult.WrongCredentials.class);
    }

    @Test
    void locksAfterFiveFailuresForFiveMinutes() {
        accounts.ensureInitialAdmin();
        for (int i = 0; i < 4; i++) {
            assertThat(accounts.signIn("admin", "wrong".toCharArray())).isInstanceOf(SignInResult.WrongCredentials.class);
        }
        assertThat(accounts.signIn("admin", "wrong".toCharArray())).isInstanceOf(SignInResult.Locked.class);
        assertThat(accounts.signIn("admin", "admin".toCharArray()))
                .as("the right password does not open a locked account")
                .isInstanceOf(SignInResult.Locked.class);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(accounts.signIn("admin", "admin".toCharArray())).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(store.find("admin").orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void changingThePasswordChecksCurrentPasswordAndPolicy() {
        accounts.ensureInitialAdmin();
        assertThat(accounts.changePassword("admin", "nope".toCharArray(), "Mot-cua-2026".toCharArray()))
                .contains("password.error.currentWrong");
        assertThat(accounts.changePassword("admin", "admin".toCharArray(), "admin".toCharArray()))
                .contains("password.error.unchanged");
        assertThat(accounts.changePassword("admin", "admin".toCharArray(), "short".toCharArray()))
                .contains("password.error.tooShort");
        assertThat(accounts.changePassword("admin", "admin".toCharArray(), "aaaaaaaaaa".toCharArray()))
                .contains("password.error.tooSimple");
        assertThat(accounts.changePassword("admin", "admin".toCharArray(), "Mot-cua-2026".toCharArray())).isEmpty();
        assertThat(accounts.signIn("admin", "Mot-cua-2026".toCharArray()))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class, s -> assertThat(s.mustChangePassword()).isFalse());
    }

    @Test
    void disabledAccountsCannotSignIn() {
        accounts.create("canbo1", "Trần Thị Bình", Set.of(Role.CLERK), "Quay-so-01".toCharArray());
        var account = store.find("canbo1").orElseThrow();
        store.save(new UserAccount(account.username(), account.displayName(), account.roles(),
                account.passwordHash(), false, false, 0, Optional.empty()));
        assertThat(accounts.signIn("canbo1", "Quay-so-01".toCharArray())).isInstanceOf(SignInResult.Disabled.class);
    }

    @Test
    void createdAccountsNeedAValidNameARoleAndAGoodPassword() {
        assertThat(accounts.create("Ab", "x", Set.of(Role.CLERK), "Quay-so-01".toCharArray()))
                .contains("account.error.username");
        assertThat(accounts.create("canbo1", "x", Set.of(), "Quay-so-01".toCharArray()))
                .contains("account.error.noRole");
        assertThat(accounts.create("canbo1", "x", Set.of(Role.CLERK), "canbo1".toCharArray()))
                .contains("password.error.tooShort");
        assertThat(accounts.create("canbo0001", "x", Set.of(Role.CLERK), "CANBO0001".toCharArray()))
                .contains("password.error.sameAsUsername");
        assertThat(accounts.create("canbo1", "x", Set.of(Role.CLERK), "Quay-so-01".toCharArray())).isEmpty();
        assertThat(accounts.create("CanBo1", "x", Set.of(Role.CLERK), "Quay-so-01".toCharArray()))
                .contains("account.error.exists");
        assertThat(accounts.signIn("canbo1", "Quay-so-01".toCharArray()))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class, s -> assertThat(s.mustChangePassword()).isTrue());
    }

    @Test
    void weakHashesAreRedoneAtSignIn() {
        accounts.ensureInitialAdmin();
        String old = store.find("admin").orElseThrow().passwordHash();
        var stronger = new LocalAccounts(store, new Pbkdf2Hasher(2_000), PasswordPolicy.DEFAULT, clock);
        assertThat(stronger.signIn("admin", "admin".toCharArray())).isInstanceOf(SignInResult.SignedIn.class);
        String rehashed = store.find("admin").orElseThrow().passwordHash();
        assertThat(rehashed).isNotEqualTo(old).startsWith("pbkdf2$2000$");
    }

    /** A real slow salted hash from the JDK, so core tests need no third-party code. */
    record Pbkdf2Hasher(int iterations) implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            return encode(iterations, salt, derive(password, salt, iterations));
        }

        @Override
        public boolean verify(char[] password, String encoded) {
            String[] parts = encoded.split("\\$");
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return java.security.MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
        }

        @Override
        public boolean needsRehash(String encoded) {
            return Integer.parseInt(encoded.split("\\$")[1]) < iterations;
        }

        private static String encode(int iterations, byte[] salt, byte[] hash) {
            return "pbkdf2$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                    + Base64.getEncoder().encodeToString(hash);
        }

        private static byte[] derive(char[] password, byte[] salt, int iterations) {
            try {
                KeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class MapAccountStore implements AccountStore {
        private final Map<String, UserAccount> accounts = new LinkedHashMap<>();

        @Override
        public Optional<UserAccount> find(String username) {
            return Optional.ofNullable(accounts.get(username.toLowerCase(java.util.Locale.ROOT)));
        }

        @Override
        public void save(UserAccount account) {
            accounts.put(account.username(), account);
        }

        @Override
        public List<UserAccount> all() {
            return new ArrayList<>(accounts.values());
        }

        @Override
        public int count() {
            return accounts.size();
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.ofHours(7);
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
