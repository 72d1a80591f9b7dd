package vn.motcua.app.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.DayPickers;
import vn.motcua.app.ui.ExportChooser;
import vn.motcua.app.ui.FormParts;

/**
 * The Sổ theo dõi hồ sơ screen: the filters bar, the register table and the export buttons. The clerk picks
 * the export's file in a save dialog; the model writes it. Every action has a shortcut; Esc closes.
 */
public final class RegisterView {
    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination FOCUS_TEXT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT_XLSX = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT_PDF = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.ESCAPE);

    private final RegisterViewModel model;
    private final Messages messages;
    private final Runnable close;
    private final VBox root = new VBox();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<StatusChoice> status = new ComboBox<>();
    private final ExportChooser exports = new ExportChooser();

    public RegisterView(RegisterViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.close = close;
        root.setId("registerScreen");
        root.getStyleClass().addAll("card", "list-card");
        Label title = new Label(messages.get("register.title"));
        title.getStyleClass().add("card-title");
        Label summary = new Label();
        summary.setId("registerSummary");
        summary.getStyleClass().add("muted-text");
        summary.textProperty().bind(model.summaryProperty());
        Label notice = new Label();
        notice.setId("registerNotice");
        notice.textProperty().bind(model.noticeProperty());
        TableView<RegisterLine> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, filters(), FormParts.errorLine("registerError", model.errorProperty()),
                summary, table, FormParts.buttonRow(notice, exportButtons()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private HBox filters() {
        datePicker(from, "registerFrom", model.fromProperty());
        datePicker(to, "registerTo", model.toProperty());
        status.setId("registerStatus");
        status.getItems().setAll(model.statusChoices());
        status.valueProperty().bindBidirectional(model.statusProperty());
        text.setId("registerText");
        text.setPromptText(messages.get("register.filter.text"));
        text.textProperty().bindBidirectional(model.textProperty());
        text.setOnAction(e -> search());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button search = FormParts.primaryButton("registerSearch", messages.get("register.action.search"),
                this::search, model.busyProperty());
        search.setTooltip(shortcutTip("register.action.search", SEARCH));
        HBox bar = new HBox(label("register.filter.from", from), from, label("register.filter.to", to), to,
                label("register.filter.status", status), status, text, search);
        bar.getStyleClass().add("list-tools");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static void datePicker(DatePicker picker, String id, ObjectProperty<LocalDate> value) {
        DayPickers.prepare(picker, id);
        picker.valueProperty().bindBidirectional(value);
    }

    private Button[] exportButtons() {
        Button xlsx = FormParts.secondaryButton("registerExportXlsx", messages.get("register.action.exportXlsx"),
                () -> chooseAndExport("xlsx", "register.chooser.xlsx", model::exportXlsx), model.busyProperty());
        xlsx.setTooltip(shortcutTip("register.action.exportXlsx", EXPORT_XLSX));
        Button pdf = FormParts.secondaryButton("registerExportPdf", messages.get("register.action.exportPdf"),
                () -> chooseAndExport("pdf", "register.chooser.pdf", model::exportPdf), model.busyProperty());
        pdf.setTooltip(shortcutTip("register.action.exportPdf", EXPORT_PDF));
        return new Button[] {xlsx, pdf};
    }

    private Tooltip shortcutTip(String actionKey, KeyCombination shortcut) {
        return new Tooltip(messages.format("main.tooltip.shortcut", messages.get(actionKey),
                shortcut.getDisplayText()));
    }

    private TableView<RegisterLine> table() {
        TableView<RegisterLine> table = new TableView<>(model.rows());
        table.setId("registerTable");
        table.getStyleClass().add("dossier-table");
        table.getColumns().addAll(List.of(
                column("register.column.number", RegisterLine::number, 50),
                column("register.column.code", RegisterLine::code, 200),
                column("register.column.procedure", RegisterLine::procedure, 260),
                column("register.column.sets", RegisterLine::sets, 55),
                column("register.column.owner", RegisterLine::owner, 170),
                column("register.column.contact", RegisterLine::contact, 200),
                column("register.column.received", RegisterLine::receivedAt, 125),
                column("register.column.due", RegisterLine::dueAt, 125),
                column("register.column.status", RegisterLine::status, 140),
                column("register.column.returned", RegisterLine::returnedAt, 125),
                column("register.column.handledBy", RegisterLine::handledBy, 110),
                column("register.column.note", RegisterLine::note, 180)));
        Label placeholder = new Label(messages.get("register.empty"));
        placeholder.getStyleClass().add("muted-text");
        table.setPlaceholder(placeholder);
        return table;
    }

    private TableColumn<RegisterLine, String> column(String key, Function<RegisterLine, String> value, double width) {
        TableColumn<RegisterLine, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()))
                .getReadOnlyProperty());
        column.setPrefWidth(width);
        return column;
    }

    private void chooseAndExport(String extension, String filterKey, Consumer<Path> export) {
        exports.choose(root, messages.get("register.chooser.title"), messages.get(filterKey), extension,
                model.suggestedFileName(extension), export);
    }

    private void shortcut(KeyEvent event) {
        Runnable action = null;
        if (SEARCH.match(event)) {
            action = this::search;
        } else if (FOCUS_TEXT.match(event)) {
            action = this::focusText;
        } else if (EXPORT_XLSX.match(event) && !model.busyProperty().get()) {
            action = () -> chooseAndExport("xlsx", "register.chooser.xlsx", model::exportXlsx);
        } else if (EXPORT_PDF.match(event) && !model.busyProperty().get()) {
            action = () -> chooseAndExport("pdf", "register.chooser.pdf", model::exportPdf);
        } else if (CLOSE.match(event) && !from.isShowing() && !to.isShowing() && !status.isShowing()) {
            action = close;
        }
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    /** A date typed but not yet confirmed counts, as the clerk sees it in the field. */
    private void search() {
        DayPickers.commitTyped(true, from);
        DayPickers.commitTyped(true, to);
        model.search();
    }


    public void focusText() {
        text.requestFocus();
        text.selectAll();
    }

    public Parent root() {
        return root;
    }
}
