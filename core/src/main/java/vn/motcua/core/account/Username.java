package vn.motcua.core.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are lower-case ASCII letters, digits, dot, dash and underscore, 3..32 characters. */
public final class Username {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,32}");

    private Username() {
    }

    public static boolean isValid(String raw) {
        return raw != null && ALLOWED.matcher(raw.strip().toLowerCase(Locale.ROOT)).matches();
    }

    static String normalise(String raw) {
        if (!isValid(raw)) {
            throw new IllegalArgumentException("Username must be 3..32 characters: a-z, 0-9, '.', '-', '_'");
        }
        return raw.strip().toLowerCase(Locale.ROOT);
    }
}
