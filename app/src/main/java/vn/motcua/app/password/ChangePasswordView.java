package vn.motcua.app.password;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;

/**
 * The change-password card. Forced: fills the window (nothing else is reachable until the password is
 * changed, or the user signs out). Voluntary: laid over the main window on a dimmed backdrop, Esc cancels.
 */
public final class ChangePasswordView {
    private final StackPane root = new StackPane();
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final ChangePasswordViewModel model;

    public ChangePasswordView(ChangePasswordViewModel model, Messages messages) {
        this.model = model;
        root.setId("changePasswordScreen");
        root.getStyleClass().add(model.isForced() ? "forced-password-screen" : "overlay-backdrop");

        Label title = new Label(model.title());
        title.getStyleClass().add("form-title");
        Label explanation = new Label(model.explanation());
        explanation.getStyleClass().add("form-subtitle");
        explanation.setWrapText(true);

        VBox fields = new VBox();
        fields.getStyleClass().add("field-group");
        if (!model.isForced()) {
            fields.getChildren().addAll(label(messages.get("password.current"), current), current);
            current.setId("currentPassword");
            current.textProperty().bindBidirectional(model.currentPasswordProperty());
            current.disableProperty().bind(model.busyProperty());
        }
        replacement.setId("newPassword");
        replacement.textProperty().bindBidirectional(model.newPasswordProperty());
        replacement.disableProperty().bind(model.busyProperty());
        confirmation.setId("confirmPassword");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        confirmation.disableProperty().bind(model.busyProperty());
        fields.getChildren().addAll(label(messages.get("password.new"), replacement), replacement,
                label(messages.get("password.confirm"), confirmation), confirmation);

        Label policy = new Label(model.policyHint());
        policy.getStyleClass().add("muted-text");
        policy.setWrapText(true);

        Label error = new Label();
        error.setId("passwordError");
        error.getStyleClass().add("message-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-progress");
        Label saving = new Label(messages.get("password.saving"));
        saving.getStyleClass().add("muted-text");
        HBox busy = new HBox(spinner, saving);
        busy.getStyleClass().add("busy-row");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Button cancel = new Button(messages.get(model.isForced() ? "password.signOut" : "common.cancel"));
        cancel.setId("cancelPasswordChange");
        cancel.getStyleClass().add("secondary-button");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Button submit = new Button(messages.get("password.submit"));
        submit.setId("submitPasswordChange");
        submit.getStyleClass().add("primary-button");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.submit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(busy, gap, cancel, submit);
        buttons.getStyleClass().add("button-row");
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(title, explanation, fields, policy, error, buttons);
        card.getStyleClass().add("dialog-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
    }

    private static Label label(String text, PasswordField field) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        return label;
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        (model.isForced() ? replacement : current).requestFocus();
    }
}
