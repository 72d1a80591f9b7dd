package vn.motcua.app.dossier;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.DayPickers;
import vn.motcua.app.ui.FormParts;
import vn.motcua.app.ui.ShownAs;
import vn.motcua.core.dossier.ResultDelivery;

/** A dossier's story and next steps, laid over the clerk's window; Esc closes. */
public final class DossierDetailView {
    private final DossierDetailViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();

    /** What the screen asks of the window around it. */
    public interface Actions {
        /** Pick the agency's result file (a file chooser) and hand it to the model. */
        void attachResult();

        /** Open the scan panel for the paper result. */
        void scanResult();
    }

    public DossierDetailView(DossierDetailViewModel model, Messages messages, Runnable close, Actions actions) {
        this.model = model;
        this.messages = messages;
        root.setId("dossierDetail");
        root.getStyleClass().addAll("card", "intake-screen");
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.textProperty().bind(model.titleProperty());
        Label procedure = bound("dossierProcedure", model.procedureProperty());
        Label owner = bound("dossierOwner", model.ownerProperty());
        Label status = bound("dossierStatus", model.statusProperty());
        status.getStyleClass().add("intake-chosen");
        Label dates = bound("dossierDates", model.datesProperty());
        Label sync = bound("dossierSync", model.syncProperty());
        sync.getStyleClass().add("muted-text");
        model.lateProperty().addListener((obs, was, now) ->
                dates.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), now));
        TableView<HistoryRow> history = table("dossierHistory", model.history(), "dossier.column.what");
        TableView<HistoryRow> papers = table("dossierPapers", model.papers(), "dossier.column.form");
        VBox left = titled("dossier.section.history", history);
        VBox right = titled("dossier.section.papers", papers);
        HBox lists = new HBox(left, right);
        lists.getStyleClass().add("intake-columns");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(lists, Priority.ALWAYS);
        Label message = FormParts.statusLine("dossierMessage", model.messageProperty(),
                model.messageIsProblemProperty());
        root.getChildren().addAll(title, procedure, owner, status, dates, sync, lists, message, actions(close, actions));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            } else {
                shortcut(event);
            }
        });
    }

    /** A step of the screen: its button and the shortcut that does the same when the button is enabled. */
    private record Step(Button button, KeyCombination shortcut, Runnable action) {
    }

    private final java.util.List<Step> steps = new java.util.ArrayList<>();

    private FlowPane actions(Runnable close, Actions actions) {
        var busy = model.busyProperty();
        FlowPane row = new FlowPane(
                step("startProcessingButton", "dossier.action.startProcessing", model.canStartProcessingProperty(),
                        KeyCode.F5, () -> ask("dossier.action.startProcessing", "dossier.prompt.handler",
                                model::startProcessing)),
                step("finishProcessingButton", "dossier.action.finishProcessing", model.canFinishProcessingProperty(),
                        KeyCode.F6, model::finishProcessing),
                step("extendButton", "dossier.action.extend", model.canExtendProperty(), KeyCode.F7,
                        this::askExtension),
                step("stopButton", "dossier.action.stop", model.canStopProperty(), KeyCode.F8,
                        () -> ask("dossier.action.stop", "intake.reason.prompt", model::stop)),
                step("attachResultButton", "dossier.action.attachResult", model.canAttachResultProperty(),
                        new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::attachResult),
                step("scanResultButton", "dossier.action.scanResult", model.canAttachResultProperty(),
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        actions::scanResult),
                step("returnButton", "dossier.action.return", model.canReturnProperty(), KeyCode.F9,
                        this::askReturn),
                step("controlSheetButton", "dossier.action.controlSheet", new SimpleBooleanProperty(true),
                        new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), model::printControlSheet),
                FormParts.secondaryButton("closeDossierButton", messages.get("intake.action.close"), close, busy));
        row.getStyleClass().add("counter-actions");
        return row;
    }

    private Button step(String id, String key, ObservableBooleanValue allowed, KeyCode shortcut, Runnable action) {
        return step(id, key, allowed, new KeyCodeCombination(shortcut), action);
    }

    private Button step(String id, String key, ObservableBooleanValue allowed, KeyCombination shortcut,
            Runnable action) {
        Button button = FormParts.secondaryButton(id,
                messages.format("counter.button", messages.get(key), shortcut.getDisplayText()), action,
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !allowed.get() || model.busyProperty().get(),
                        allowed, model.busyProperty()));
        steps.add(new Step(button, shortcut, action));
        return button;
    }

    private void shortcut(KeyEvent event) {
        for (Step step : steps) {
            if (step.shortcut().match(event)) {
                if (!step.button().isDisabled()) {
                    step.action().run();
                }
                event.consume();
                return;
            }
        }
    }

    /** Who took the result, and how: at the counter (a name) or by public post (the post's receipt number). */
    private void askReturn() {
        ChoiceBox<ResultDelivery> how = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                ResultDelivery.values()));
        how.setId("returnDelivery");
        how.setConverter(ShownAs.labels(messages, "resultDelivery."));
        how.setValue(model.registeredDelivery());
        TextField who = new TextField();
        who.setId("collectedBy");
        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        form.addRow(0, new Label(messages.get("dossier.return.delivery")), how);
        form.addRow(1, new Label(messages.get("dossier.return.collectedBy")), who);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "dossier.action.return", "dossier.prompt.collectedBy");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.application.Platform.runLater(who::requestFocus);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.returnResult(how.getValue(), who.getText());
        }
    }

    private void ask(String titleKey, String promptKey, Consumer<String> action) {
        TextInputDialog dialog = new TextInputDialog();
        prepare(dialog, titleKey, promptKey);
        dialog.showAndWait().ifPresent(action);
    }

    private void askExtension() {
        LocalDateTime suggested = model.suggestedNewDue();
        DatePicker date = DayPickers.of("newDueDate", suggested.toLocalDate());
        TextField time = new TextField(suggested.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        time.setId("newDueTime");
        TextField reason = new TextField();
        reason.setId("extensionReason");
        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        form.addRow(0, new Label(messages.get("dossier.extend.date")), date, time);
        form.addRow(1, new Label(messages.get("dossier.extend.reason")), reason);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "dossier.action.extend", "dossier.extend.prompt");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(ButtonType.OK::equals).isPresent() && date.getValue() != null) {
            LocalTime at = parseTime(time.getText()).orElse(LocalTime.of(17, 0));
            model.extend(date.getValue().atTime(at), reason.getText());
        }
    }

    private static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm")));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void prepare(Dialog<?> dialog, String titleKey, String promptKey) {
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(promptKey));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
    }

    private VBox titled(String key, TableView<HistoryRow> table) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("intake-section");
        VBox box = new VBox(label, table);
        box.getStyleClass().add("intake-column");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableView<HistoryRow> table(String id, javafx.collections.ObservableList<HistoryRow> rows, String whatKey) {
        TableView<HistoryRow> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().add(column("dossier.column.at", HistoryRow::at, 130));
        table.getColumns().add(column(whatKey, HistoryRow::what, 200));
        table.getColumns().add(column("dossier.column.who", HistoryRow::who, 100));
        table.getColumns().add(column("dossier.column.note", HistoryRow::note, 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("counter.list.empty"));
        empty.getStyleClass().add("muted-text");
        table.setPlaceholder(empty);
        return table;
    }

    private TableColumn<HistoryRow, String> column(String key, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static Label bound(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    public Parent root() {
        return root;
    }
}
