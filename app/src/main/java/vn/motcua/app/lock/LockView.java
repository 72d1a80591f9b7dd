package vn.motcua.app.lock;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;

/**
 * The lock screen: an opaque layer over the whole window (nothing of the citizen data underneath shows),
 * asking for the signed-in user's password. What was typed underneath stays as it was.
 */
public final class LockView {
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();

    public LockView(IdleLockViewModel model, Messages messages) {
        root.setId("lockScreen");
        root.getStyleClass().add("lock-screen");
        root.visibleProperty().bind(model.lockedProperty());

        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("form-title");
        Label reason = new Label();
        reason.getStyleClass().add("form-subtitle");
        reason.setWrapText(true);
        reason.textProperty().bind(model.reasonProperty());
        Label who = new Label(model.whoLine());
        who.setId("lockWho");
        who.getStyleClass().add("lock-who");
        who.setWrapText(true);

        Label passwordLabel = new Label(messages.format("lock.password", model.username()));
        passwordLabel.getStyleClass().add("field-label");
        passwordLabel.setLabelFor(password);
        password.setId("unlockPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.busyProperty());

        Label error = FormParts.errorLine("unlockError", model.errorProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-progress");
        FormParts.showOnlyWhen(spinner, model.busyProperty());
        Button signOut = FormParts.secondaryButton("lockSignOut", messages.get("lock.signOut"), model::signOut,
                model.busyProperty());
        Button unlock = FormParts.primaryButton("unlock", messages.get("lock.unlock"), model::unlock,
                model.busyProperty());
        HBox buttons = FormParts.buttonRow(spinner, signOut, unlock);

        Label note = new Label(messages.get("lock.keptNote"));
        note.getStyleClass().add("muted-text");
        note.setWrapText(true);

        VBox card = new VBox(title, reason, who, passwordLabel, password, error, buttons, note);
        card.getStyleClass().add("dialog-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
    }

    public Parent root() {
        return root;
    }

    public void focusPassword() {
        password.requestFocus();
    }
}
