package vn.motcua.app.sync;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;

/** The sync log over the clerk's window; F5 reads it again, Esc closes. */
public final class SyncLogView {
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("missing");
    private final VBox root = new VBox();

    public SyncLogView(SyncLogViewModel model, Messages messages, Runnable close) {
        root.setId("syncLog");
        root.getStyleClass().addAll("card", "intake-screen");
        Label title = new Label(messages.get("sync.title"));
        title.getStyleClass().add("card-title");
        Label summary = new Label();
        summary.setId("syncSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        TableView<SyncLogRow> table = new TableView<>(model.rows());
        table.setId("syncLogTable");
        table.getColumns().add(column(messages.get("sync.column.dossier"), SyncLogRow::dossierCode, 220));
        table.getColumns().add(column(messages.get("sync.column.queued"), SyncLogRow::queuedAt, 130));
        table.getColumns().add(column(messages.get("sync.column.state"), SyncLogRow::state, 100));
        table.getColumns().add(column(messages.get("sync.column.attempts"), r -> Integer.toString(r.attempts()), 70));
        table.getColumns().add(column(messages.get("sync.column.problem"), SyncLogRow::problem, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SyncLogRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ATTENTION, !empty && row != null && row.needsAttention());
            }
        });
        Label empty = new Label(messages.get("sync.empty"));
        empty.getStyleClass().add("muted-text");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(
                FormParts.primaryButton("syncNowButton", messages.get("main.action.syncNow"), model::syncNow,
                        new javafx.beans.property.SimpleBooleanProperty(false)),
                FormParts.secondaryButton("closeSyncLog", messages.get("intake.action.close"), close,
                        new javafx.beans.property.SimpleBooleanProperty(false)));
        buttons.getStyleClass().add("counter-actions");
        root.getChildren().addAll(title, summary, table, buttons);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            } else if (event.getCode() == KeyCode.F5) {
                model.refresh();
                event.consume();
            }
        });
    }

    private static TableColumn<SyncLogRow, String> column(String title, Function<SyncLogRow, String> value,
            double width) {
        TableColumn<SyncLogRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public Parent root() {
        return root;
    }
}
