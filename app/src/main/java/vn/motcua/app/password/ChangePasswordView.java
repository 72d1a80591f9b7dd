package vn.motcua.app.password;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;

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

        Label error = FormParts.errorLine("passwordError", model.errorProperty());
        HBox busy = FormParts.busyRow(messages.get("password.saving"), model.busyProperty());
        Button cancel = FormParts.secondaryButton("cancelPasswordChange",
                messages.get(model.isForced() ? "password.signOut" : "common.cancel"), model::cancel,
                model.busyProperty());
        cancel.setCancelButton(true);
        Button submit = FormParts.primaryButton("submitPasswordChange", messages.get("password.submit"),
                model::submit, model.busyProperty());
        HBox buttons = FormParts.buttonRow(busy, cancel, submit);

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
