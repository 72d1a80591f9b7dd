package vn.motcua.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in and password rules for the desk's local accounts: lock-out after repeated failures, forced
 * change of the initial password, rehash when the hashing parameters grow.
 */
public final class LocalAccounts {
    public static final String INITIAL_ADMIN = "admin";
    /** Known to everyone who reads the README, so the first sign-in forces a change. */
    public static final String INITIAL_ADMIN_PASSWORD = "admin";
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(5);

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;

    public LocalAccounts(AccountStore store, PasswordHasher hasher, PasswordPolicy policy, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.hasher = Objects.requireNonNull(hasher);
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    /** On first start, when there is no account at all, creates {@code admin} with a password to change. */
    public boolean ensureInitialAdmin() {
        if (store.count() > 0) {
            return false;
        }
        char[] initial = INITIAL_ADMIN_PASSWORD.toCharArray();
        store.save(new UserAccount(INITIAL_ADMIN, "Quản trị viên", Set.of(Role.ADMIN, Role.SUPERVISOR, Role.CLERK),
                hasher.hash(initial), true, true, 0, Optional.empty()));
        return true;
    }

    public SignInResult signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = Username.isValid(username) ? store.find(username) : Optional.empty();
        if (found.isEmpty()) {
            hasher.verify(password, hasher.hash("timing-equaliser".toCharArray()));
            return new SignInResult.WrongCredentials();
        }
        UserAccount account = found.get();
        if (!account.active()) {
            return new SignInResult.Disabled();
        }
        if (account.lockedAt(now)) {
            return new SignInResult.Locked(account.lockedUntil().orElseThrow());
        }
        if (!hasher.verify(password, account.passwordHash())) {
            return recordFailure(account, now);
        }
        UserAccount signedIn = account.withSuccessfulLogin();
        if (hasher.needsRehash(account.passwordHash())) {
            signedIn = signedIn.withPassword(hasher.hash(password), account.mustChangePassword());
        }
        store.save(signedIn);
        return new SignInResult.SignedIn(signedIn, signedIn.mustChangePassword());
    }

    private SignInResult recordFailure(UserAccount account, Instant now) {
        int failures = account.failedAttempts() + 1;
        if (failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCK_TIME);
            store.save(account.withFailure(0, Optional.of(until)));
            return new SignInResult.Locked(until);
        }
        store.save(account.withFailure(failures, Optional.empty()));
        return new SignInResult.WrongCredentials();
    }

    /**
     * Changes a password after checking the current one and the policy.
     *
     * @return the message key of the problem, or empty when the password was changed
     */
    public Optional<String> changePassword(String username, char[] current, char[] replacement) {
        UserAccount account = store.find(username).orElse(null);
        if (account == null || !hasher.verify(current, account.passwordHash())) {
            return Optional.of("password.error.currentWrong");
        }
        if (Arrays.equals(current, replacement)) {
            return Optional.of("password.error.unchanged");
        }
        Optional<String> broken = policy.check(username, replacement);
        if (broken.isPresent()) {
            return broken;
        }
        store.save(account.withPassword(hasher.hash(replacement), false));
        return Optional.empty();
    }

    /** Creates an account whose first password must be changed at first sign-in. */
    public Optional<String> create(String username, String displayName, Set<Role> roles, char[] firstPassword) {
        if (!Username.isValid(username)) {
            return Optional.of("account.error.username");
        }
        if (store.find(username).isPresent()) {
            return Optional.of("account.error.exists");
        }
        if (roles.isEmpty()) {
            return Optional.of("account.error.noRole");
        }
        Optional<String> broken = policy.check(username, firstPassword);
        if (broken.isPresent()) {
            return broken;
        }
        store.save(new UserAccount(username, displayName, roles, hasher.hash(firstPassword), true, true, 0,
                Optional.empty()));
        return Optional.empty();
    }
}
