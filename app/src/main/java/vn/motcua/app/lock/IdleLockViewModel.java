package vn.motcua.app.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.account.LocalAccounts;
import vn.motcua.core.account.SignInResult;

/**
 * The idle lock: after the configured time without keyboard or mouse input the screen locks and only the
 * signed-in user's password opens it again. Time comes from the injected {@link Clock} and advances only
 * when {@link #tick()} is called (once a second by the window), so tests move time by hand.
 * <p>
 * Unlocking goes through {@link LocalAccounts#signIn}, so wrong passwords count towards the lock-out like
 * at the sign-in screen: an unattended counter cannot be guessed open.
 */
public final class IdleLockViewModel {
    private final String username;
    private final LocalAccounts accounts;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final Duration timeout;
    private final Runnable onSignOut;

    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanBinding canUnlock;
    private final String whoLine;
    private Instant lastActivity;

    public IdleLockViewModel(String username, String whoLine, Duration timeout, LocalAccounts accounts,
            TaskExecutor executor, Messages messages, Clock clock, Runnable onSignOut) {
        this.username = Objects.requireNonNull(username);
        this.whoLine = Objects.requireNonNull(whoLine);
        this.accounts = Objects.requireNonNull(accounts);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.onSignOut = Objects.requireNonNull(onSignOut);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Idle timeout must be positive");
        }
        this.timeout = timeout;
        this.lastActivity = clock.instant();
        canUnlock = Bindings.createBooleanBinding(() -> locked.get() && !busy.get() && !password.get().isEmpty(),
                locked, busy, password);
    }

    /** Keyboard or mouse input happened: the idle time starts again (ignored while locked). */
    public void recordActivity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Locks when the idle time has run out. */
    public void tick() {
        if (!locked.get() && !clock.instant().isBefore(lastActivity.plus(timeout))) {
            lock(messages.format("lock.reason.idle", messages.time(clock.instant()),
                    Long.toString(timeout.toMinutes())));
        }
    }

    /** The clerk locks the screen on purpose (Ctrl+L). */
    public void lockNow() {
        if (!locked.get()) {
            lock(messages.format("lock.reason.manual", messages.time(clock.instant())));
        }
    }

    private void lock(String why) {
        password.set("");
        error.set("");
        reason.set(why);
        locked.set(true);
    }

    public void unlock() {
        if (!canUnlock.get()) {
            if (locked.get() && !busy.get() && password.get().isEmpty()) {
                error.set(messages.get("lock.error.missing"));
            }
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        error.set("");
        executor.submit(() -> accounts.signIn(username, secret), result -> {
            busy.set(false);
            Arrays.fill(secret, '\0');
            switch (result) {
                case SignInResult.SignedIn signedIn -> {
                    locked.set(false);
                    reason.set("");
                    lastActivity = clock.instant();
                }
                case SignInResult.WrongCredentials wrong -> error.set(messages.get("lock.error.wrongPassword"));
                case SignInResult.Locked lockedOut ->
                        error.set(messages.format("login.error.locked", messages.time(lockedOut.until())));
                case SignInResult.Disabled disabled -> error.set(messages.get("login.error.disabled"));
            }
        }, failure -> {
            busy.set(false);
            Arrays.fill(secret, '\0');
            error.set(messages.get("common.error.unexpected"));
        });
    }

    /** Gives up the session from the lock screen (another clerk takes the counter); unsaved input is lost. */
    public void signOut() {
        if (busy.get()) {
            return;
        }
        password.set("");
        error.set("");
        onSignOut.run();
    }

    /** Time left before the lock, for display and tests. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), lastActivity.plus(timeout));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public String username() {
        return username;
    }

    public String whoLine() {
        return whoLine;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public boolean isLocked() {
        return locked.get();
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

    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }
}
