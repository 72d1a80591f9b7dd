package vn.motcua.app.setup;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.setup.SetupViewModel.CheckState;
import vn.motcua.app.setup.SetupViewModel.Device;
import vn.motcua.app.setup.SetupViewModel.Field;
import vn.motcua.app.setup.SetupViewModel.Mode;
import vn.motcua.app.setup.SetupViewModel.Page;
import vn.motcua.app.setup.SetupViewModel.ScannerKind;
import vn.motcua.app.ui.FormParts;
import vn.motcua.app.ui.ShownAs;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrinterKind;

/**
 * The setup wizard and settings screen: the pages on the left, one page's fields in the middle (each with its error
 * line and, for devices, a "Thử" button and its result), the buttons below. Binds and delegates only.
 * Keys: Ctrl+PageDown / Ctrl+PageUp next and back, Ctrl+S save, Ctrl+Shift+T test the page's devices, Ctrl+O pick a
 * holiday table, Ctrl+E export diagnostics, Esc close (settings).
 */
public final class SetupView {
    public static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CHECK_PAGE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination OPEN_HOLIDAYS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final SetupViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> pageButtons = new EnumMap<>(Page.class);
    private final ScrollPane centre = new ScrollPane();
    private final TextField firstField = new TextField();

    /** @param close closes the settings screen; unused on the first start */
    public SetupView(SetupViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        root.setId("setupScreen");
        root.getStyleClass().addAll("card", "setup-screen");
        boolean firstRun = model.mode() == Mode.FIRST_RUN;
        Label title = new Label(messages.get(firstRun ? "setup.title.firstRun" : "setup.title.settings"));
        title.getStyleClass().add("form-title");
        title.setId("setupTitle");
        Label intro = new Label(messages.get(firstRun ? "setup.intro.firstRun" : "setup.intro.settings"));
        intro.getStyleClass().add("form-subtitle");
        intro.setWrapText(true);
        root.setTop(new VBox(title, intro));

        pages.put(Page.OFFICE, officePage());
        pages.put(Page.PRINTERS, printersPage());
        pages.put(Page.DEVICES, devicesPage());
        pages.put(Page.PROVINCE, provincePage());
        pages.put(Page.HOLIDAYS, holidaysPage());
        root.setLeft(pageList());
        centre.setFitToWidth(true);
        centre.getStyleClass().add("setup-page");
        root.setCenter(centre);
        root.setBottom(buttons(close));
        model.pageProperty().addListener((obs, old, now) -> show(now));
        show(model.pageProperty().get());

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (NEXT.match(event)) {
                model.next();
            } else if (BACK.match(event)) {
                model.back();
            } else if (SAVE.match(event)) {
                model.save();
            } else if (CHECK_PAGE.match(event)) {
                model.checkPage();
            } else if (OPEN_HOLIDAYS.match(event) && model.pageProperty().get() == Page.HOLIDAYS) {
                chooseHolidays();
            } else if (EXPORT.match(event) && !firstRun) {
                exportDiagnostics();
            } else if (event.getCode() == KeyCode.ESCAPE && !firstRun) {
                close.run();
            } else {
                return;
            }
            event.consume();
        });
    }

    private VBox pageList() {
        ToggleGroup group = new ToggleGroup();
        VBox list = new VBox();
        list.getStyleClass().add("setup-pages");
        for (Page page : SetupViewModel.pages()) {
            String key = "setup.page." + page.name();
            ToggleButton button = new ToggleButton((page.ordinal() + 1) + ". " + messages.get(key));
            button.setId("setupPage" + page.name());
            button.getStyleClass().add("setup-page-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> {
                model.goTo(page);
                button.setSelected(model.pageProperty().get() == page);
            });
            pageButtons.put(page, button);
            list.getChildren().add(button);
        }
        return list;
    }

    private void show(Page page) {
        centre.setContent(pages.get(page));
        pageButtons.forEach((each, button) -> button.setSelected(each == page));
    }

    private HBox buttons(Runnable close) {
        ObservableBooleanValue busy = model.feedback().busyProperty();
        Label status = FormParts.statusLine("setupStatus", model.feedback().messageProperty(),
                model.feedback().problemProperty());
        HBox leading = new HBox(FormParts.busyRow(messages.get("setup.busy"), busy), status);
        leading.setAlignment(Pos.CENTER_LEFT);
        leading.getStyleClass().add("busy-row");
        Button back = FormParts.secondaryButton("setupBack", messages.format("setup.action.back",
                BACK.getDisplayText()), model::back, Bindings.or(busy, Bindings.createBooleanBinding(
                        () -> model.pageProperty().get().ordinal() == 0, model.pageProperty())));
        HBox row;
        if (model.mode() == Mode.FIRST_RUN) {
            Button training = FormParts.secondaryButton("setupTraining", messages.get("setup.action.training"),
                    model::useTrainingMode, busy);
            Button next = FormParts.primaryButton("setupNext", "", model::next, busy);
            next.textProperty().bind(Bindings.createStringBinding(() -> model.isLastPage()
                    ? messages.format("setup.action.finish", SAVE.getDisplayText())
                    : messages.format("setup.action.next", NEXT.getDisplayText()), model.pageProperty()));
            row = FormParts.buttonRow(leading, training, back, next);
        } else {
            Button export = FormParts.secondaryButton("setupExport", messages.format("setup.action.diagnostics",
                    EXPORT.getDisplayText()), this::exportDiagnostics, busy);
            Button closeButton = FormParts.secondaryButton("setupClose", messages.get("setup.action.close"), close,
                    new SimpleBooleanProperty(false));
            Button save = FormParts.primaryButton("setupSave", messages.format("setup.action.save",
                    SAVE.getDisplayText()), model::save, busy);
            row = FormParts.buttonRow(leading, export, closeButton, save);
        }
        HBox.setHgrow(leading, Priority.ALWAYS);
        return row;
    }

    // ---- pages ----

    private VBox officePage() {
        firstField.setId("agencyName");
        firstField.textProperty().bindBidirectional(model.agencyNameProperty());
        return page(Page.OFFICE,
                field("setup.field.agencyName", "setup.hint.agencyName", firstField, Field.AGENCY_NAME),
                field("setup.field.agencyCode", "setup.hint.agencyCode", text("agencyCode", model.agencyCodeProperty()),
                        Field.AGENCY_CODE),
                field("setup.field.counterNumber", null, text("counterNumber", model.counterNumberProperty()),
                        Field.COUNTER),
                field("setup.field.formsPlace", "setup.hint.formsPlace", text("formsPlace", model.formsPlaceProperty()),
                        Field.FORMS_PLACE));
    }

    private VBox printersPage() {
        ComboBox<String> office = editableChoice("officePrinter", model.officePrinters(),
                model.officePrinterProperty());
        ComboBox<PrinterKind> kind = new ComboBox<>();
        kind.setId("ticketKind");
        kind.getItems().setAll(PrinterKind.values());
        kind.setConverter(labels(PrinterKind.class, "setup.ticketKind."));
        kind.valueProperty().bindBidirectional(model.ticketKindProperty());
        ComboBox<PaperWidth> paper = new ComboBox<>();
        paper.setId("paperWidth");
        paper.getItems().setAll(PaperWidth.values());
        paper.setConverter(ShownAs.of(width -> messages.format("setup.paperWidth", width.millimetres())));
        paper.valueProperty().bindBidirectional(model.paperWidthProperty());
        ComboBox<String> baud = editableChoice("ticketBaud", javafx.collections.FXCollections.observableArrayList(
                SetupViewModel.baudRates()), model.ticketBaudProperty());
        VBox tcp = group(field("setup.field.ticketHost", "setup.hint.ticketHost", text("ticketHost",
                model.ticketHostProperty()), Field.TICKET_HOST), field("setup.field.ticketPort", null,
                        text("ticketPort", model.ticketPortProperty()), Field.TICKET_PORT));
        VBox serial = group(field("setup.field.ticketSerial", null, editableChoice("ticketSerial", model.serialPorts(),
                model.ticketSerialProperty()), Field.TICKET_SERIAL), field("setup.field.ticketBaud", null, baud,
                        Field.TICKET_BAUD));
        VBox usb = group(field("setup.field.ticketDevice", "setup.hint.ticketDevice", text("ticketDevice",
                model.ticketDeviceProperty()), Field.TICKET_DEVICE));
        FormParts.showOnlyWhen(tcp, model.ticketKindProperty().isEqualTo(PrinterKind.TCP));
        FormParts.showOnlyWhen(serial, model.ticketKindProperty().isEqualTo(PrinterKind.SERIAL));
        FormParts.showOnlyWhen(usb, model.ticketKindProperty().isEqualTo(PrinterKind.USB_FILE));
        return page(Page.PRINTERS,
                section("setup.section.officePrinter"),
                field("setup.field.officePrinter", "setup.hint.officePrinter", office, Field.OFFICE_PRINTER),
                checkRow(Device.OFFICE_PRINTER),
                section("setup.section.ticketPrinter"),
                field("setup.field.ticketKind", null, kind, null), tcp, serial, usb,
                field("setup.field.paperWidth", null, paper, null),
                checkRow(Device.TICKET_PRINTER));
    }

    private VBox devicesPage() {
        ComboBox<ScannerKind> kind = new ComboBox<>();
        kind.setId("scannerKind");
        kind.getItems().setAll(ScannerKind.values());
        kind.setConverter(labels(ScannerKind.class, "setup.scannerKind."));
        kind.valueProperty().bindBidirectional(model.scannerKindProperty());
        VBox sane = group(field("setup.field.saneHost", "setup.hint.saneHost", text("saneHost",
                model.saneHostProperty()), Field.SANE_HOST), field("setup.field.sanePort", null, text("sanePort",
                        model.sanePortProperty()), Field.SANE_PORT));
        VBox escl = group(field("setup.field.esclUrl", "setup.hint.esclUrl", text("esclUrl", model.esclUrlProperty()),
                Field.ESCL_URL));
        FormParts.showOnlyWhen(sane, model.scannerKindProperty().isEqualTo(ScannerKind.SANE));
        FormParts.showOnlyWhen(escl, model.scannerKindProperty().isEqualTo(ScannerKind.ESCL));
        return page(Page.DEVICES,
                section("setup.section.scanner"),
                field("setup.field.scannerKind", null, kind, null), sane, escl,
                checkRow(Device.SCANNER),
                section("setup.section.serial"),
                field("setup.field.keypadPort", "setup.hint.serialPort", editableChoice("keypadPort",
                        model.serialPorts(), model.keypadPortProperty()), Field.KEYPAD_PORT),
                checkRow(Device.KEYPAD),
                field("setup.field.qrReaderPort", "setup.hint.serialPort", editableChoice("qrReaderPort",
                        model.serialPorts(), model.qrReaderPortProperty()), Field.QR_PORT),
                checkRow(Device.QR_READER));
    }

    private VBox provincePage() {
        PasswordField password = new PasswordField();
        password.setId("provincePassword");
        password.textProperty().bindBidirectional(model.provincePasswordProperty());
        password.promptTextProperty().bind(Bindings.when(model.passwordStoredProperty())
                .then(messages.get("setup.hint.passwordKept")).otherwise(""));
        return page(Page.PROVINCE,
                field("setup.field.provinceUrl", "setup.hint.provinceUrl", text("provinceUrl",
                        model.provinceUrlProperty()), Field.PROVINCE_URL),
                field("setup.field.provinceUser", null, text("provinceUser", model.provinceUserProperty()),
                        Field.PROVINCE_USER),
                field("setup.field.provincePassword", "setup.hint.provincePassword", password,
                        Field.PROVINCE_PASSWORD),
                checkRow(Device.PROVINCE));
    }

    private VBox holidaysPage() {
        Label status = new Label();
        status.setId("holidayStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.holidayStatusProperty());
        Label help = new Label(messages.get("setup.hint.holidays"));
        help.getStyleClass().add("muted-text");
        help.setWrapText(true);
        Button choose = FormParts.secondaryButton("chooseHolidays", messages.format("setup.action.holidays",
                OPEN_HOLIDAYS.getDisplayText()), this::chooseHolidays, model.feedback().busyProperty());
        return page(Page.HOLIDAYS, status, help, choose, FormParts.errorLine("errorHOLIDAYS",
                model.errorProperty(Field.HOLIDAYS)));
    }

    // ---- parts ----

    private VBox page(Page page, Node... content) {
        String key = "setup.page." + page.name();
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("intake-section");
        VBox box = new VBox(heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("setup-fields");
        box.setId("setupContent" + page.name());
        return box;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("setup-section");
        return label;
    }

    private static VBox group(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("field-group");
        return box;
    }

    private VBox field(String labelKey, String hintKey, javafx.scene.control.Control control, Field field) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setMaxWidth(520);
        VBox box = new VBox(label, control);
        box.getStyleClass().add("field-group");
        if (hintKey != null) {
            Label hint = new Label(messages.get(hintKey));
            hint.getStyleClass().add("muted-text");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        if (field != null) {
            box.getChildren().add(FormParts.errorLine("error" + field.name(), model.errorProperty(field)));
        }
        return box;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A list to pick from that also takes a name typed by hand (a port or printer the list does not show). */
    private static ComboBox<String> editableChoice(String id, ObservableList<String> choices, StringProperty value) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(value);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        return box;
    }

    private HBox checkRow(Device device) {
        Button check = FormParts.secondaryButton("check" + device.name(), messages.get("setup.action.check"),
                () -> model.check(device), model.checkStateProperty(device).isEqualTo(CheckState.RUNNING));
        Label result = new Label();
        result.setId("checkResult" + device.name());
        result.getStyleClass().add("check-result");
        result.setWrapText(true);
        result.textProperty().bind(model.checkTextProperty(device));
        java.util.function.Consumer<CheckState> mark = state -> {
            result.pseudoClassStateChanged(PASSED, state == CheckState.PASSED);
            result.pseudoClassStateChanged(FAILED, state == CheckState.FAILED);
        };
        mark.accept(model.checkStateProperty(device).get());
        model.checkStateProperty(device).addListener((obs, old, state) -> mark.accept(state));
        HBox row = new HBox(check, result);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("check-row");
        return row;
    }

    private <E extends Enum<E>> StringConverter<E> labels(Class<E> type, String prefix) {
        return ShownAs.labels(messages, prefix);
    }

    private void chooseHolidays() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("setup.chooser.holidays"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("setup.chooser.tsv"),
                "*.tsv", "*.txt"));
        Optional.ofNullable(chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow()))
                .map(File::toPath).ifPresent(model::importHolidays);
    }

    private void exportDiagnostics() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("setup.chooser.diagnostics"));
        chooser.setInitialFileName(model.diagnosticsFileName());
        Optional.ofNullable(chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow()))
                .map(File::toPath).ifPresent(model::exportDiagnostics);
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        firstField.requestFocus();
    }
}
