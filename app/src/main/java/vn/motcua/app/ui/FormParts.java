package vn.motcua.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The pieces every form screen is built from, styled once in motcua.css. */
public final class FormParts {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private FormParts() {
    }

    /** A wrapping error line that takes no room while the message is empty. */
    public static Label errorLine(String id, ObservableStringValue message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("message-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(message);
        showOnlyWhen(error, Bindings.isNotEmpty(message));
        return error;
    }

    /**
     * The line where a screen says what its last action did: green when done, red ({@code :problem}) when refused
     * or failed.
     */
    public static Label statusLine(String id, ObservableStringValue message, ObservableBooleanValue problem) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("counter-message");
        line.setWrapText(true);
        line.textProperty().bind(message);
        line.pseudoClassStateChanged(PROBLEM, problem.get());
        problem.addListener((obs, was, now) -> line.pseudoClassStateChanged(PROBLEM, now));
        return line;
    }

    public static Button primaryButton(String id, String text, Runnable action, ObservableBooleanValue disabled) {
        Button button = button(id, text, "primary-button", action, disabled);
        button.setDefaultButton(true);
        return button;
    }

    public static Button secondaryButton(String id, String text, Runnable action, ObservableBooleanValue disabled) {
        return button(id, text, "secondary-button", action, disabled);
    }

    /** A spinner with a short text, shown only while {@code busy}. */
    public static HBox busyRow(String text, ObservableBooleanValue busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-progress");
        Label label = new Label(text);
        label.getStyleClass().add("muted-text");
        HBox row = new HBox(spinner, label);
        row.getStyleClass().add("busy-row");
        row.setAlignment(Pos.CENTER_LEFT);
        showOnlyWhen(row, busy);
        return row;
    }

    /** Leading content on the left, the buttons pushed to the right. */
    public static HBox buttonRow(Node leading, Button... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(leading, gap);
        row.getChildren().addAll(buttons);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    public static void showOnlyWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Button button(String id, String text, String styleClass, Runnable action,
            ObservableBooleanValue disabled) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(styleClass);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        return button;
    }
}
