package vn.motcua.core.account;

import java.util.Optional;

/** What a new password must be. Returns the message key of the first rule broken. */
public record PasswordPolicy(int minLength) {
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8);

    public Optional<String> check(String username, char[] password) {
        String text = new String(password);
        if (text.length() < minLength) {
            return Optional.of("password.error.tooShort");
        }
        if (text.isBlank() || text.chars().distinct().count() < 4) {
            return Optional.of("password.error.tooSimple");
        }
        if (text.equalsIgnoreCase(username)) {
            return Optional.of("password.error.sameAsUsername");
        }
        return Optional.empty();
    }
}
