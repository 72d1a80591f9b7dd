package vn.motcua.app.intake;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;
import vn.motcua.core.dossier.ResultDelivery;

/**
 * The intake workspace laid over the clerk's window: procedure search on the left, the owner in the middle, the
 * checklist on the right, the decision at the bottom. Every action has a shortcut; Esc closes.
 */
public final class IntakeView {
    public static final KeyCombination ACCEPT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REUSE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PAPER = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SCAN = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SUPPLEMENT = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REFUSE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    /** Where the workspace's buttons lead outside it. */
    public interface Actions {
        void close();

        /** The clerk wants to scan the component; the scan panel attaches the files through the model. */
        void scan(String componentCode, String componentName);
    }

    private final IntakeViewModel model;
    private final Messages messages;
    private final Actions actions;
    private final VBox root = new VBox();
    private final TextField search = new TextField();
    private final TableView<ChecklistRow> checklist = new TableView<>();
    private final KeyboardWedge wedge = new KeyboardWedge();

    public IntakeView(IntakeViewModel model, Messages messages, Actions actions) {
        this.model = model;
        this.messages = messages;
        this.actions = actions;
        root.setId("intakeScreen");
        root.getStyleClass().addAll("card", "intake-screen");
        Label title = new Label(messages.get("intake.title"));
        title.getStyleClass().add("card-title");
        HBox columns = new HBox(procedureColumn(), ownerColumn(), checklistColumn());
        columns.getStyleClass().add("intake-columns");
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.getChildren().addAll(title, columns, decisionRow());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private VBox procedureColumn() {
        search.setId("procedureSearch");
        search.setPromptText(messages.get("intake.procedure.prompt"));
        search.textProperty().bindBidirectional(model.procedureQueryProperty());
        ListView<ProcedureChoice> list = new ListView<>(model.procedures());
        list.setId("procedureList");
        list.setOnMouseClicked(e -> chooseSelected(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelected(list);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label chosen = new Label();
        chosen.setId("procedureTitle");
        chosen.getStyleClass().add("intake-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.procedureTitleProperty());
        VBox column = new VBox(section("intake.section.procedure"), search, list, chosen);
        column.getStyleClass().add("intake-column");
        HBox.setHgrow(column, Priority.SOMETIMES);
        return column;
    }

    private void chooseSelected(ListView<ProcedureChoice> list) {
        ProcedureChoice choice = list.getSelectionModel().getSelectedItem();
        if (choice != null) {
            model.choose(choice);
        }
    }

    private VBox ownerColumn() {
        TextField id = field("ownerId", model.ownerIdProperty());
        id.setPromptText(messages.get("intake.owner.idPrompt"));
        id.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && e.getCharacter().charAt(0) >= ' ') {
                wedge.typed(e.getCharacter().charAt(0), System.nanoTime());
            }
        });
        id.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Optional<String> scanned = wedge.enter(System.nanoTime());
                String text = id.getText();
                if (scanned.isPresent() || text.contains("|")) {
                    model.qrScanned(text);
                } else {
                    model.identify();
                }
            }
        });
        CheckBox organisation = new CheckBox(messages.get("intake.owner.organisation"));
        organisation.setId("ownerIsOrganisation");
        organisation.selectedProperty().bindBidirectional(model.organisationProperty());
        Label error = FormParts.errorLine("ownerIdError", model.ownerIdErrorProperty());
        Label hint = new Label();
        hint.getStyleClass().add("muted-text");
        hint.textProperty().bind(model.ownerHintProperty());
        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        form.addRow(0, label("intake.owner.id"), id);
        form.addRow(1, label("intake.owner.name"), field("ownerName", model.ownerNameProperty()));
        form.addRow(2, label("intake.owner.address"), field("ownerAddress", model.addressProperty()));
        form.addRow(3, label("intake.owner.phone"), field("ownerPhone", model.phoneProperty()));
        form.addRow(4, label("intake.owner.email"), field("ownerEmail", model.emailProperty()));
        Button identify = FormParts.secondaryButton("identifyOwner", messages.get("intake.action.identify"),
                model::identify, model.busyProperty());
        VBox column = new VBox(section("intake.section.owner"), organisation, form, error, hint, identify);
        column.getStyleClass().add("intake-column");
        return column;
    }

    private VBox checklistColumn() {
        checklist.setId("checklist");
        checklist.setItems(model.checklist());
        checklist.getColumns().add(column("intake.column.component", ChecklistRow::name, 240));
        checklist.getColumns().add(column("intake.column.form", ChecklistRow::form, 110));
        checklist.getColumns().add(column("intake.column.quantity", r -> Integer.toString(r.quantity()), 50));
        checklist.getColumns().add(column("intake.column.provision", ChecklistRow::provision, 170));
        checklist.getColumns().add(column("intake.column.reusable", ChecklistRow::reusable, 220));
        checklist.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checklist.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ChecklistRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(MISSING, !empty && row != null && row.mandatory() && !row.provided());
            }
        });
        Label placeholder = new Label(messages.get("intake.checklist.empty"));
        placeholder.getStyleClass().add("muted-text");
        checklist.setPlaceholder(placeholder);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        var none = checklist.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        FlowPane buttons = new FlowPane(
                rowButton("reuseButton", "intake.action.reuse", REUSE, none, row -> model.reuse(row.code())),
                rowButton("scanComponentButton", "intake.action.scan", SCAN, none,
                        row -> actions.scan(row.code(), row.name())),
                rowButton("paperButton", "intake.action.paper", PAPER, none, row -> model.paperOnly(row.code())),
                rowButton("clearButton", "intake.action.clear", new KeyCodeCombination(KeyCode.DELETE), none,
                        row -> model.clearProvision(row.code())));
        buttons.getStyleClass().add("counter-actions");
        VBox column = new VBox(section("intake.section.checklist"), checklist, buttons);
        column.getStyleClass().add("intake-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private VBox decisionRow() {
        Spinner<Integer> sets = new Spinner<>(1, 20, 1);
        sets.setId("sets");
        sets.getValueFactory().valueProperty().addListener((obs, old, now) -> model.setsProperty().set(now));
        ChoiceBox<ResultDelivery> delivery = new ChoiceBox<>();
        delivery.setId("delivery");
        delivery.getItems().setAll(ResultDelivery.values());
        delivery.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResultDelivery value) {
                String key = "resultDelivery." + (value == null ? ResultDelivery.AT_COUNTER : value).name();
                return messages.get(key);
            }

            @Override
            public ResultDelivery fromString(String text) {
                return null;
            }
        });
        delivery.valueProperty().bindBidirectional(model.deliveryProperty());
        Label message = FormParts.statusLine("intakeMessage", model.messageProperty(),
                model.messageIsProblemProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = FormParts.secondaryButton("closeIntake", messages.get("intake.action.close"), actions::close,
                model.busyProperty());
        close.setCancelButton(true);
        Button refuse = FormParts.secondaryButton("refuseButton", shortcutText("intake.action.refuse", REFUSE),
                () -> askReason("intake.refuse.title", model::refuse), model.busyProperty());
        Button supplement = FormParts.secondaryButton("supplementButton",
                shortcutText("intake.action.supplement", SUPPLEMENT),
                () -> askReason("intake.supplement.title", model::requestSupplement), model.busyProperty());
        Button accept = FormParts.primaryButton("acceptButton", shortcutText("intake.action.accept", ACCEPT),
                model::accept, model.busyProperty());
        accept.setDefaultButton(false);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(label("intake.sets"), sets, label("intake.delivery"), delivery, gap, close, refuse,
                supplement, accept);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().forEach(node -> {
            if (node instanceof javafx.scene.control.Control control) {
                control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        VBox box = new VBox(message, row);
        box.getStyleClass().add("intake-decision");
        return box;
    }

    private void shortcut(KeyEvent event) {
        ChecklistRow row = checklist.getSelectionModel().getSelectedItem();
        if (ACCEPT.match(event)) {
            model.accept();
        } else if (SUPPLEMENT.match(event)) {
            askReason("intake.supplement.title", model::requestSupplement);
        } else if (REFUSE.match(event)) {
            askReason("intake.refuse.title", model::refuse);
        } else if (row != null && REUSE.match(event)) {
            model.reuse(row.code());
        } else if (row != null && PAPER.match(event)) {
            model.paperOnly(row.code());
        } else if (row != null && SCAN.match(event)) {
            actions.scan(row.code(), row.name());
        } else if (event.getCode() == KeyCode.ESCAPE) {
            actions.close();
        } else {
            return;
        }
        event.consume();
    }

    private void askReason(String titleKey, Consumer<String> action) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get("intake.reason.prompt"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.showAndWait().ifPresent(action);
    }

    private Button rowButton(String id, String textKey, KeyCombination shortcut,
            javafx.beans.value.ObservableBooleanValue off, Consumer<ChecklistRow> action) {
        return FormParts.secondaryButton(id, shortcutText(textKey, shortcut), () -> {
            ChecklistRow row = checklist.getSelectionModel().getSelectedItem();
            if (row != null) {
                action.accept(row);
            }
        }, off);
    }

    private String shortcutText(String key, KeyCombination shortcut) {
        return messages.format("counter.button", messages.get(key), shortcut.getDisplayText());
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("intake-section");
        return label;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private TableColumn<ChecklistRow, String> column(String key, Function<ChecklistRow, String> value,
            double width) {
        TableColumn<ChecklistRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()))
                .getReadOnlyProperty());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public Parent root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
    }
}
