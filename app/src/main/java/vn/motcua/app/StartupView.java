package vn.motcua.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.theme.ProductMark;

/** What the window shows while the data is being opened, and why it could not be when that fails. */
final class StartupView {
    private final VBox root = new VBox();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Messages messages;

    StartupView(Messages messages) {
        this.messages = messages;
        Label product = new Label(messages.get("app.productName"));
        product.getStyleClass().add("startup-product");
        status.setText(messages.get("startup.opening"));
        status.getStyleClass().add("startup-status");
        status.setWrapText(true);
        progress.getStyleClass().add("small-progress");
        root.getChildren().addAll(ProductMark.create(), product, progress, status);
        root.getStyleClass().add("startup-screen");
        root.setAlignment(Pos.CENTER);
        root.setId("startupScreen");
    }

    Parent root() {
        return root;
    }

    void showFailure(String dataDirectory, Throwable failure) {
        progress.setVisible(false);
        progress.setManaged(false);
        status.getStyleClass().add("message-error");
        status.setText(messages.format("startup.failed", dataDirectory, failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())));
    }
}
