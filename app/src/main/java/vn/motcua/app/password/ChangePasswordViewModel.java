package vn.motcua.app.password;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
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
import vn.motcua.core.account.PasswordPolicy;

/**
 * State of the change-password screen, in two modes: <em>forced</em> right after signing in with a password
 * that must be changed (the password just typed is the current one, so it is not asked again), and
 * <em>voluntary</em> from the main window (current password asked, can be cancelled).
 */
public final class ChangePasswordViewModel {
    private final String username;
    private final LocalAccounts accounts;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onChanged;
    private final Runnable onCancelled;
    private final boolean forced;
    private final char[] knownCurrent;

    private final StringProperty currentPassword = new SimpleStringProperty(this, "currentPassword", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanBinding canSubmit;
    private final String policyHint;
    private final String title;
    private final String explanation;

    private ChangePasswordViewModel(String username, String displayName, char[] knownCurrent, LocalAccounts accounts,
            PasswordPolicy policy, TaskExecutor executor, Messages messages, Runnable onChanged,
            Runnable onCancelled) {
        this.username = Objects.requireNonNull(username);
        this.accounts = Objects.requireNonNull(accounts);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.onChanged = Objects.requireNonNull(onChanged);
        this.onCancelled = Objects.requireNonNull(onCancelled);
        this.knownCurrent = knownCurrent;
        this.forced = knownCurrent != null;
        this.policyHint = messages.format("password.policyHint", Integer.toString(policy.minLength()));
        this.title = messages.get(forced ? "password.forced.title" : "password.title");
        this.explanation = forced ? messages.format("password.forced.explanation", displayName)
                : messages.format("password.explanation", displayName);
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && !newPassword.get().isEmpty()
                && !confirmation.get().isEmpty() && (forced || !currentPassword.get().isEmpty()),
                busy, newPassword, confirmation, currentPassword);
    }

    /**
     * After a sign-in whose password must be changed; {@code justTyped} is the password that signed in (this
     * ViewModel wipes it once done).
     */
    public static ChangePasswordViewModel forced(String username, String displayName, char[] justTyped,
            LocalAccounts accounts, PasswordPolicy policy, TaskExecutor executor, Messages messages,
            Runnable onChanged, Runnable onSignOut) {
        return new ChangePasswordViewModel(username, displayName, Objects.requireNonNull(justTyped), accounts,
                policy, executor, messages, onChanged, onSignOut);
    }

    /** From the main window: asks for the current password too and can be cancelled. */
    public static ChangePasswordViewModel voluntary(String username, String displayName, LocalAccounts accounts,
            PasswordPolicy policy, TaskExecutor executor, Messages messages, Runnable onChanged, Runnable onCancelled) {
        return new ChangePasswordViewModel(username, displayName, null, accounts, policy, executor, messages,
                onChanged, onCancelled);
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        if (newPassword.get().isEmpty() || confirmation.get().isEmpty()
                || (!forced && currentPassword.get().isEmpty())) {
            error.set(messages.get("password.error.missing"));
            return;
        }
        if (!newPassword.get().equals(confirmation.get())) {
            error.set(messages.get("password.error.mismatch"));
            confirmation.set("");
            return;
        }
        char[] current = forced ? knownCurrent.clone() : currentPassword.get().toCharArray();
        char[] replacement = newPassword.get().toCharArray();
        busy.set(true);
        error.set("");
        executor.submit(() -> accounts.changePassword(username, current, replacement), (Optional<String> problem) -> {
            busy.set(false);
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
            if (problem.isPresent()) {
                error.set(messages.get(problem.get()));
                newPassword.set("");
                confirmation.set("");
                if (!forced) {
                    currentPassword.set("");
                }
            } else {
                clear();
                onChanged.run();
            }
        }, failure -> {
            busy.set(false);
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
            error.set(messages.get("common.error.unexpected"));
        });
    }

    /** Cancels a voluntary change, or signs out of a forced one. */
    public void cancel() {
        if (busy.get()) {
            return;
        }
        clear();
        onCancelled.run();
    }

    private void clear() {
        currentPassword.set("");
        newPassword.set("");
        confirmation.set("");
        error.set("");
        if (knownCurrent != null) {
            Arrays.fill(knownCurrent, '\0');
        }
    }

    public boolean isForced() {
        return forced;
    }

    public String username() {
        return username;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public String policyHint() {
        return policyHint;
    }

    public StringProperty currentPasswordProperty() {
        return currentPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
