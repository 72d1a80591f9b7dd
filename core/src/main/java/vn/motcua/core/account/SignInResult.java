package vn.motcua.core.account;

import java.time.Instant;

/** The answer to a sign-in attempt. Wrong username and wrong password look the same on purpose. */
public sealed interface SignInResult {

    record SignedIn(UserAccount account, boolean mustChangePassword) implements SignInResult {
    }

    record WrongCredentials() implements SignInResult {
    }

    record Locked(Instant until) implements SignInResult {
    }

    record Disabled() implements SignInResult {
    }
}
