package vn.motcua.app.counter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.counter.CounterPanelViewModel.Choice;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TransferTarget;

/**
 * The counter panel in the clerk's window: the current ticket in large type, one button per action (each with
 * its function key, also in the window's Queue menu), and the counter's waiting, parked and no-show lists.
 */
public final class CounterPanelView {
    public static final KeyCombination CALL_NEXT = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination RECALL = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination START_SERVING = new KeyCodeCombination(KeyCode.F4);
    public static final KeyCombination FINISH = new KeyCodeCombination(KeyCode.F6);
    public static final KeyCombination NO_SHOW = new KeyCodeCombination(KeyCode.F7);
    public static final KeyCombination PARK = new KeyCodeCombination(KeyCode.F8);
    public static final KeyCombination TRANSFER = new KeyCodeCombination(KeyCode.F9);
    public static final KeyCombination WALK_IN = new KeyCodeCombination(KeyCode.F11);
    public static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.F12);
    public static final KeyCombination CALL_SPECIFIC = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private static final PseudoClass PRIORITY = PseudoClass.getPseudoClass("priority");
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    /** One clerk action: its id, text, shortcut, when it is off, and what it does. */
    private record Action(String id, String textKey, KeyCombination shortcut, ObservableBooleanValue off,
            Runnable run) {
    }

    private final CounterPanelViewModel model;
    private final Messages messages;
    private final List<Action> actions = new ArrayList<>();
    private final VBox root = new VBox();
    private final TableView<WaitingRow> parkedTable = new TableView<>();
    private final TableView<WaitingRow> noShowTable = new TableView<>();

    public CounterPanelView(CounterPanelViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        BooleanExpression busy = BooleanExpression.booleanExpression(model.busyProperty());
        BooleanExpression current = BooleanExpression.booleanExpression(model.hasCurrentProperty());
        BooleanExpression paused = BooleanExpression.booleanExpression(model.pausedProperty());
        BooleanExpression serving = BooleanExpression.booleanExpression(model.servingProperty());
        actions.add(new Action("callNext", "counter.action.callNext", CALL_NEXT, busy.or(paused), model::callNext));
        actions.add(new Action("recall", "counter.action.recall", RECALL, busy.or(current.not()).or(serving),
                model::recall));
        actions.add(new Action("startServing", "counter.action.startServing", START_SERVING,
                busy.or(current.not()).or(serving), model::startServing));
        actions.add(new Action("finish", "counter.action.finish", FINISH, busy.or(current.not()), model::finish));
        actions.add(new Action("noShow", "counter.action.noShow", NO_SHOW, busy.or(current.not()).or(serving),
                model::markNoShow));
        actions.add(new Action("park", "counter.action.park", PARK, busy.or(current.not()), this::askPark));
        actions.add(new Action("transfer", "counter.action.transfer", TRANSFER, busy.or(current.not()),
                this::askTransfer));
        actions.add(new Action("callSpecific", "counter.action.callSpecific", CALL_SPECIFIC,
                busy.or(paused).or(current), this::askCallSpecific));
        actions.add(new Action("walkIn", "counter.action.walkIn", WALK_IN, busy.or(paused).or(current),
                this::askWalkIn));
        actions.add(new Action("pause", "counter.action.pause", PAUSE, busy.or(current), model::togglePause));
        build();
    }

    private void build() {
        root.setId("counterPanel");
        root.getStyleClass().addAll("card", "counter-panel");

        Label title = new Label(messages.get("counter.title"));
        title.getStyleClass().add("card-title");
        Label number = new Label();
        number.setId("currentTicketNumber");
        number.getStyleClass().add("current-ticket-number");
        number.textProperty().bind(model.currentNumberProperty());
        Label detail = new Label();
        detail.setId("currentTicketDetail");
        detail.getStyleClass().add("current-ticket-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.currentDetailProperty());
        VBox ticket = new VBox(title, number, detail);
        ticket.getStyleClass().add("current-ticket");

        FlowPane buttons = new FlowPane();
        buttons.getStyleClass().add("counter-actions");
        actions.forEach(action -> buttons.getChildren().add(button(action)));
        Label message = FormParts.statusLine("counterMessage", model.messageProperty(),
                model.messageIsProblemProperty());
        Label rating = FormParts.statusLine("ratingStatus", model.ratingStatusProperty(),
                model.ratingProblemProperty());
        rating.getStyleClass().add("rating-status");
        rating.pseudoClassStateChanged(WAITING, model.ratingWaitingProperty().get());
        model.ratingWaitingProperty().addListener((obs, was, now) -> rating.pseudoClassStateChanged(WAITING, now));
        Label alert = new Label();
        alert.setId("ratingAlert");
        alert.getStyleClass().add("rating-alert");
        alert.setWrapText(true);
        alert.textProperty().bind(model.ratingAlertProperty());
        alert.visibleProperty().bind(model.ratingAlertProperty().isNotEmpty());
        alert.managedProperty().bind(alert.visibleProperty());
        VBox controls = new VBox(buttons, message, rating, alert);
        controls.getStyleClass().add("counter-controls");
        HBox.setHgrow(controls, Priority.ALWAYS);

        HBox top = new HBox(ticket, controls);
        top.getStyleClass().add("counter-top");
        root.getChildren().addAll(top, lists());
    }

    private Button button(Action action) {
        Button button = new Button(messages.format("counter.button", messages.get(action.textKey()),
                action.shortcut().getDisplayText()));
        button.setId(action.id() + "Button");
        button.getStyleClass().add(action.id().equals("callNext") ? "primary-button" : "secondary-button");
        button.setTooltip(new Tooltip(messages.format("main.tooltip.shortcut", messages.get(action.textKey()),
                action.shortcut().getDisplayText())));
        button.disableProperty().bind(action.off());
        button.setOnAction(e -> action.run().run());
        if (action.id().equals("pause")) {
            button.textProperty().bind(model.pausedProperty().map(p -> messages.format("counter.button",
                    messages.get(p ? "counter.action.resume" : "counter.action.pause"),
                    action.shortcut().getDisplayText())));
        }
        return button;
    }

    private TabPane lists() {
        Label summary = new Label();
        summary.setId("waitingSummary");
        summary.getStyleClass().add("muted-text");
        summary.textProperty().bind(model.waitingSummaryProperty());
        TableView<WaitingRow> waitingTable = table("waitingTable", model.waiting(), "counter.column.waited");
        VBox waiting = new VBox(summary, waitingTable);
        VBox.setVgrow(waitingTable, Priority.ALWAYS);

        parkedTable.setId("parkedTable");
        fill(parkedTable, model.parked(), "counter.column.reason");
        Button unpark = rowButton("unparkButton", "counter.action.unpark", parkedTable, model::unpark);
        noShowTable.setId("noShowTable");
        fill(noShowTable, model.noShows(), "counter.column.sinceIssued");
        Button returnToQueue = rowButton("returnToQueueButton", "counter.action.returnToQueue", noShowTable,
                model::returnToQueue);

        TabPane tabs = new TabPane(
                tab(messages.get("counter.tab.waiting"), waiting),
                tab(messages.get("counter.tab.parked"), withButton(parkedTable, unpark)),
                tab(messages.get("counter.tab.noShows"), withButton(noShowTable, returnToQueue)));
        tabs.setId("counterLists");
        tabs.getStyleClass().add("counter-lists");
        return tabs;
    }

    private static Tab tab(String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setClosable(false);
        return tab;
    }

    private static VBox withButton(TableView<WaitingRow> table, Button button) {
        HBox row = new HBox(button);
        row.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(table, row);
        box.getStyleClass().add("list-with-button");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Button rowButton(String id, String textKey, TableView<WaitingRow> table, Consumer<TicketId> action) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.getStyleClass().add("secondary-button");
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        button.setOnAction(e -> action.accept(table.getSelectionModel().getSelectedItem().id()));
        button.setTooltip(new Tooltip(messages.format("main.tooltip.shortcut", messages.get(textKey),
                new KeyCodeCombination(KeyCode.ENTER).getDisplayText())));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !button.isDisabled()) {
                button.fire();
                e.consume();
            }
        });
        return button;
    }

    private TableView<WaitingRow> table(String id, javafx.collections.ObservableList<WaitingRow> rows,
            String lastColumnKey) {
        TableView<WaitingRow> table = new TableView<>();
        table.setId(id);
        fill(table, rows, lastColumnKey);
        return table;
    }

    private void fill(TableView<WaitingRow> table, javafx.collections.ObservableList<WaitingRow> rows,
            String lastColumnKey) {
        table.getStyleClass().add("queue-table");
        table.setItems(rows);
        table.getColumns().add(column(messages.get("counter.column.number"), WaitingRow::number, 80));
        table.getColumns().add(column(messages.get("counter.column.service"), WaitingRow::service, 260));
        table.getColumns().add(column(messages.get("counter.column.priority"), WaitingRow::priority, 90));
        table.getColumns().add(column(messages.get(lastColumnKey), WaitingRow::waited, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(WaitingRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PRIORITY, !empty && row != null && row.isPriority());
            }
        });
        Label placeholder = new Label(messages.get("counter.list.empty"));
        placeholder.getStyleClass().add("muted-text");
        table.setPlaceholder(placeholder);
    }

    private static TableColumn<WaitingRow, String> column(String title, Function<WaitingRow, String> value,
            double width) {
        TableColumn<WaitingRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()))
                .getReadOnlyProperty());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** The window's Queue menu: the same actions with their shortcuts, off while {@code interactive} is false. */
    public Menu menu(ObservableBooleanValue interactive) {
        Menu menu = new Menu(messages.get("counter.menu"));
        menu.setId("menuQueue");
        for (Action action : actions) {
            if (action.id().equals("callSpecific") || action.id().equals("pause")) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(messages.get(action.textKey()));
            item.setId("menu-" + action.id());
            item.setAccelerator(action.shortcut());
            item.disableProperty().bind(BooleanExpression.booleanExpression(interactive).not().or(action.off()));
            item.setOnAction(e -> action.run().run());
            menu.getItems().add(item);
        }
        return menu;
    }

    public Node root() {
        return root;
    }

    private void askPark() {
        TextInputDialog dialog = new TextInputDialog();
        prepare(dialog, "counter.park.title", "counter.park.prompt");
        dialog.showAndWait().map(String::strip).ifPresent(model::park);
    }

    private void askCallSpecific() {
        TextInputDialog dialog = new TextInputDialog();
        prepare(dialog, "counter.callSpecific.title", "counter.callSpecific.prompt");
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(model::callSpecific);
    }

    private void askWalkIn() {
        if (model.services().isEmpty()) {
            return;
        }
        ChoiceDialog<Choice<ServiceId>> dialog = new ChoiceDialog<>(model.services().getFirst(), model.services());
        prepare(dialog, "counter.walkIn.title", "counter.walkIn.prompt");
        dialog.showAndWait().ifPresent(choice -> model.serveWalkIn(choice.value()));
    }

    private void askTransfer() {
        List<Choice<TransferTarget>> targets = new ArrayList<>();
        model.services().forEach(s -> targets.add(new Choice<>(new TransferTarget.ToService(s.value()),
                messages.format("counter.transfer.toService", s.label()))));
        model.otherCounters().forEach(c -> targets.add(new Choice<>(new TransferTarget.ToCounter(c.value()),
                messages.format("counter.transfer.toCounter", c.label()))));
        if (targets.isEmpty()) {
            return;
        }
        ComboBox<Choice<TransferTarget>> target = new ComboBox<>();
        target.setId("transferTarget");
        target.getItems().setAll(targets);
        target.getSelectionModel().selectFirst();
        ComboBox<Choice<QueuePosition>> position = new ComboBox<>();
        position.setId("transferPosition");
        for (QueuePosition p : QueuePosition.values()) {
            String key = "queuePosition." + p.name();
            position.getItems().add(new Choice<>(p, messages.get(key)));
        }
        position.getSelectionModel().selectFirst();
        CheckBox returnAfter = new CheckBox(messages.get("counter.transfer.returnAfter"));
        returnAfter.setId("transferReturnAfter");
        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        form.addRow(0, new Label(messages.get("counter.transfer.target")), target);
        form.addRow(1, new Label(messages.get("counter.transfer.position")), position);
        form.add(returnAfter, 1, 2);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "counter.transfer.title", "counter.transfer.prompt");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(ButtonType.OK::equals).isPresent()) {
            model.transfer(target.getValue().value(), position.getValue().value(), returnAfter.isSelected());
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
}
