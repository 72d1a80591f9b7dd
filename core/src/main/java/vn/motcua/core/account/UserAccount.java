package vn.motcua.core.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A local account. {@code passwordHash} is an encoded slow, salted hash made by a {@link PasswordHasher};
 * it never leaves the store except to be verified.
 */
public record UserAccount(String username, String displayName, Set<Role> roles, String passwordHash,
        boolean mustChangePassword, boolean active, int failedAttempts, Optional<Instant> lockedUntil) {

    public UserAccount {
        username = Username.normalise(username);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    public UserAccount withFailure(int attempts, Optional<Instant> lockUntil) {
        return new UserAccount(username, displayName, roles, passwordHash, mustChangePassword, active, attempts,
                lockUntil);
    }

    public UserAccount withSuccessfulLogin() {
        return new UserAccount(username, displayName, roles, passwordHash, mustChangePassword, active, 0,
                Optional.empty());
    }

    public UserAccount withPassword(String newHash, boolean mustChange) {
        return new UserAccount(username, displayName, roles, newHash, mustChange, active, 0, Optional.empty());
    }

    @Override
    public String toString() {
        return "UserAccount[" + username + ", " + roles + ", active=" + active + "]";
    }
}
