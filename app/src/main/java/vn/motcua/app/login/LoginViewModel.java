package vn.motcua.app.login;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.account.LocalAccounts;
import vn.motcua.core.account.SignInResult;
import vn.motcua.core.account.UserAccount;

/**
 * State of the sign-in screen. The password is verified on the {@link TaskExecutor} (Argon2 takes a
 * noticeable moment); unknown user and wrong password get the same message on purpose.
 */
public final class LoginViewModel {
    private final LocalAccounts accounts;
    private final Callable<Boolean> initialPasswordInUse;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<SignedInAccount> onSignedIn;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty firstRunHint = new SimpleBooleanProperty(this, "firstRunHint");
    private final BooleanBinding canSignIn;

    private final String agencyName;
    private final String agencyLine;
    private final String counterLine;
    private final boolean demoSettings;

    /** What a successful sign-in hands on: the account, and the password when it must be changed now. */
    public record SignedInAccount(UserAccount account, boolean mustChangePassword,
            char[] password) {
    }

    public LoginViewModel(DeskSettings settings, LocalAccounts accounts, Callable<Boolean> initialPasswordInUse,
            TaskExecutor executor, Messages messages, Consumer<SignedInAccount> onSignedIn) {
        this.accounts = Objects.requireNonNull(accounts);
        this.initialPasswordInUse = Objects.requireNonNull(initialPasswordInUse);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        this.agencyName = settings.agencyName();
        this.agencyLine = messages.format("login.agencyCode", settings.agencyCode().value());
        this.counterLine = messages.format("common.counter", settings.counterNumber());
        this.demoSettings = settings.isDemo();
        canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(), busy, username, password);
        username.addListener((obs, old, now) -> error.set(""));
    }

    /** Looks (slowly, in the background) whether the first-run hint applies. */
    public void refreshFirstRunHint() {
        executor.submit(initialPasswordInUse, firstRunHint::set, failure -> firstRunHint.set(false));
    }

    public void signIn() {
        if (!canSignIn.get()) {
            if (!busy.get() && (username.get().isBlank() || password.get().isEmpty())) {
                error.set(messages.get("login.error.missing"));
            }
            return;
        }
        String name = username.get().strip();
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        error.set("");
        executor.submit(() -> accounts.signIn(name, secret), result -> {
            busy.set(false);
            handle(result, secret);
        }, failure -> {
            busy.set(false);
            Arrays.fill(secret, '\0');
            error.set(messages.get("common.error.unexpected"));
        });
    }

    private void handle(SignInResult result, char[] secret) {
        switch (result) {
            case SignInResult.SignedIn signedIn -> {
                error.set("");
                if (!signedIn.mustChangePassword()) {
                    Arrays.fill(secret, '\0');
                }
                onSignedIn.accept(new SignedInAccount(signedIn.account(), signedIn.mustChangePassword(),
                        signedIn.mustChangePassword() ? secret : new char[0]));
            }
            case SignInResult.WrongCredentials wrong -> {
                Arrays.fill(secret, '\0');
                error.set(messages.get("login.error.wrongCredentials"));
            }
            case SignInResult.Locked locked -> {
                Arrays.fill(secret, '\0');
                error.set(messages.format("login.error.locked", messages.time(locked.until())));
            }
            case SignInResult.Disabled disabled -> {
                Arrays.fill(secret, '\0');
                error.set(messages.get("login.error.disabled"));
            }
        }
    }

    /** Back to an empty form, e.g. after signing out. */
    public void reset() {
        password.set("");
        error.set("");
        busy.set(false);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty firstRunHintProperty() {
        return firstRunHint;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public String agencyName() {
        return agencyName;
    }

    public String agencyLine() {
        return agencyLine;
    }

    public String counterLine() {
        return counterLine;
    }

    public boolean demoSettings() {
        return demoSettings;
    }
}
