package vn.motcua.app.setup;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.DeskVersion;
import vn.motcua.app.DeviceSettings;
import vn.motcua.app.config.DeskConfig;
import vn.motcua.app.config.DeskConfigFiles;
import vn.motcua.app.config.DeskConfigFiles.ConfigEdit;
import vn.motcua.app.config.DiagnosticsExport;
import vn.motcua.app.config.OfficeHolidays;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.Feedback;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.calendar.HolidayTable;
import vn.motcua.core.calendar.HolidayTableFormatException;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.devices.keypad.KeypadKind;
import vn.motcua.devices.keypad.KeypadSettings;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrinterKind;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.scan.escl.EsclSettings;
import vn.motcua.devices.scan.sane.SaneSettings;
import vn.motcua.store.sync.SyncSettings;

/**
 * The setup wizard of the first start and, afterwards, the administrator's settings screen: the agency and counter,
 * the office and ticket printers, the scanner, keypad and QR reader ports, the provincial connection and the
 * office's holiday table. Every field is checked with a Vietnamese message of its own; every device has a test that
 * runs off the JavaFX thread through the real adapter ({@link DeviceChecks}). Saving writes the settings files
 * ({@link DeskConfigFiles}); the password goes to the owner-only secrets file and is never shown again.
 */
public final class SetupViewModel {
    public static final int MAX_AGENCY_NAME = 200;
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9.]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.\\-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    private static final List<Integer> BAUD_RATES = List.of(9600, 19200, 38400, 57600, 115200);
    private static final String KEYPAD_KIND = KeypadSettings.PREFIX + "kind";
    private static final String KEYPAD_PORT = KeypadSettings.PREFIX + "serialPort";

    /** First start (wizard, page by page, with a training-mode way out) or the settings screen (free pages). */
    public enum Mode { FIRST_RUN, SETTINGS }

    public enum Page { OFFICE, PRINTERS, DEVICES, PROVINCE, HOLIDAYS }

    public enum ScannerKind { VIRTUAL, SANE, ESCL }

    public enum Device { TICKET_PRINTER, OFFICE_PRINTER, SCANNER, KEYPAD, QR_READER, PROVINCE }

    public enum CheckState { IDLE, RUNNING, PASSED, FAILED }

    /** Every field with a check of its own, and the page it is on. */
    public enum Field {
        AGENCY_NAME(Page.OFFICE), AGENCY_CODE(Page.OFFICE), COUNTER(Page.OFFICE), FORMS_PLACE(Page.OFFICE),
        OFFICE_PRINTER(Page.PRINTERS), TICKET_HOST(Page.PRINTERS), TICKET_PORT(Page.PRINTERS),
        TICKET_SERIAL(Page.PRINTERS), TICKET_BAUD(Page.PRINTERS), TICKET_DEVICE(Page.PRINTERS),
        SANE_HOST(Page.DEVICES), SANE_PORT(Page.DEVICES), ESCL_URL(Page.DEVICES), KEYPAD_PORT(Page.DEVICES),
        QR_PORT(Page.DEVICES), PROVINCE_URL(Page.PROVINCE), PROVINCE_USER(Page.PROVINCE),
        PROVINCE_PASSWORD(Page.PROVINCE), HOLIDAYS(Page.HOLIDAYS);

        private final Page page;

        Field(Page page) {
            this.page = page;
        }

        public Page page() {
            return page;
        }
    }

    private final Mode mode;
    private final DeskConfigFiles files;
    private final DeviceChecks checks;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<DeskConfig> onSaved;
    private final List<String> deviceProblems;
    private DeskConfig config;

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.OFFICE);
    private final StringProperty agencyName = new SimpleStringProperty(this, "agencyName", "");
    private final StringProperty agencyCode = new SimpleStringProperty(this, "agencyCode", "");
    private final StringProperty counterNumber = new SimpleStringProperty(this, "counterNumber", "");
    private final StringProperty formsPlace = new SimpleStringProperty(this, "formsPlace", "");
    private final StringProperty officePrinter = new SimpleStringProperty(this, "officePrinter", "");
    private final ObservableList<String> officePrinters = FXCollections.observableArrayList();
    private final ObjectProperty<PrinterKind> ticketKind = new SimpleObjectProperty<>(this, "ticketKind",
            PrinterKind.VIRTUAL);
    private final StringProperty ticketHost = new SimpleStringProperty(this, "ticketHost", "");
    private final StringProperty ticketPort = new SimpleStringProperty(this, "ticketPort", "");
    private final StringProperty ticketSerial = new SimpleStringProperty(this, "ticketSerial", "");
    private final StringProperty ticketBaud = new SimpleStringProperty(this, "ticketBaud", "");
    private final StringProperty ticketDevice = new SimpleStringProperty(this, "ticketDevice", "");
    private final ObjectProperty<PaperWidth> paperWidth = new SimpleObjectProperty<>(this, "paperWidth",
            PaperWidth.MM80);
    private final ObjectProperty<ScannerKind> scannerKind = new SimpleObjectProperty<>(this, "scannerKind",
            ScannerKind.VIRTUAL);
    private final StringProperty saneHost = new SimpleStringProperty(this, "saneHost", "");
    private final StringProperty sanePort = new SimpleStringProperty(this, "sanePort", "");
    private final StringProperty esclUrl = new SimpleStringProperty(this, "esclUrl", "");
    private final StringProperty keypadPort = new SimpleStringProperty(this, "keypadPort", "");
    private final StringProperty qrReaderPort = new SimpleStringProperty(this, "qrReaderPort", "");
    private final ObservableList<String> serialPorts = FXCollections.observableArrayList();
    private final StringProperty provinceUrl = new SimpleStringProperty(this, "provinceUrl", "");
    private final StringProperty provinceUser = new SimpleStringProperty(this, "provinceUser", "");
    private final StringProperty provincePassword = new SimpleStringProperty(this, "provincePassword", "");
    private final BooleanProperty passwordStored = new SimpleBooleanProperty(this, "passwordStored");
    private final StringProperty holidayStatus = new SimpleStringProperty(this, "holidayStatus", "");
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final Map<Device, StringProperty> checkTexts = new EnumMap<>(Device.class);
    private final Map<Device, ObjectProperty<CheckState>> checkStates = new EnumMap<>(Device.class);
    private final Feedback feedback;
    private Optional<OfficeHolidays.Imported> importedHolidays = Optional.empty();

    public SetupViewModel(Mode mode, DeskConfigFiles files, DeskConfig config, DeviceChecks checks,
            TaskExecutor executor, Messages messages, Clock clock, List<String> deviceProblems,
            Consumer<DeskConfig> onSaved) {
        this.mode = Objects.requireNonNull(mode);
        this.files = Objects.requireNonNull(files);
        this.config = Objects.requireNonNull(config);
        this.checks = Objects.requireNonNull(checks);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.deviceProblems = List.copyOf(deviceProblems);
        this.onSaved = Objects.requireNonNull(onSaved);
        this.feedback = new Feedback(executor);
        for (Field field : Field.values()) {
            errors.put(field, new SimpleStringProperty(this, "error" + field, ""));
        }
        for (Device device : Device.values()) {
            checkTexts.put(device, new SimpleStringProperty(this, "check" + device, ""));
            checkStates.put(device, new SimpleObjectProperty<>(this, "state" + device, CheckState.IDLE));
        }
        fill(config);
    }

    /** The fields as the settings now stand; a first start leaves the agency to be typed. */
    private void fill(DeskConfig current) {
        Map<String, String> values = current.values();
        DeskSettings desk = current.deskSettings().settings();
        boolean blank = mode == Mode.FIRST_RUN && current.firstRun();
        agencyName.set(blank ? "" : desk.agencyName());
        agencyCode.set(blank ? "" : desk.agencyCode().value());
        counterNumber.set(Integer.toString(desk.counterNumber()));
        formsPlace.set(blank ? "" : values.getOrDefault(DeviceSettings.FORMS_PLACE, DeviceSettings.DEMO_PLACE));
        officePrinter.set(values.getOrDefault(DeviceSettings.FORMS_PRINTER, "").strip());
        ticketKind.set(enumOr(PrinterKind.class, values.get(PrinterSettings.PREFIX + "kind"), PrinterKind.VIRTUAL));
        ticketHost.set(values.getOrDefault(PrinterSettings.PREFIX + "host", ""));
        ticketPort.set(values.getOrDefault(PrinterSettings.PREFIX + "port", Integer.toString(PrinterSettings.DEFAULT_PORT)));
        ticketSerial.set(values.getOrDefault(PrinterSettings.PREFIX + "serialPath", ""));
        ticketBaud.set(values.getOrDefault(PrinterSettings.PREFIX + "baud", Integer.toString(PrinterSettings.DEFAULT_BAUD)));
        ticketDevice.set(values.getOrDefault(PrinterSettings.PREFIX + "devicePath", ""));
        paperWidth.set("58".equals(values.getOrDefault(PrinterSettings.PREFIX + "paperWidth", "80").strip())
                ? PaperWidth.MM58 : PaperWidth.MM80);
        scannerKind.set(enumOr(ScannerKind.class, values.get(DeviceSettings.SCANNER_KIND), ScannerKind.VIRTUAL));
        saneHost.set(values.getOrDefault(SaneSettings.PREFIX + "host", SaneSettings.DEFAULT_HOST));
        sanePort.set(values.getOrDefault(SaneSettings.PREFIX + "port", Integer.toString(SaneSettings.DEFAULT_PORT)));
        esclUrl.set(values.getOrDefault(EsclSettings.PREFIX + "uri", ""));
        keypadPort.set(values.getOrDefault(KEYPAD_PORT, ""));
        qrReaderPort.set(values.getOrDefault(DeviceSettings.QR_READER_PORT, ""));
        provinceUrl.set(values.getOrDefault(SyncSettings.PREFIX + "serviceUrl", ""));
        provinceUser.set(values.getOrDefault(SyncSettings.PREFIX + "username", ""));
        provincePassword.set("");
        passwordStored.set(current.hasSecret(SyncSettings.PREFIX + "password"));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Reads what the machine offers (printers, serial ports) and the holiday tables in force. */
    public void start() {
        executor.submit(checks::officePrinters, officePrinters::setAll, failure -> officePrinters.clear());
        executor.submit(checks::serialPorts, serialPorts::setAll, failure -> serialPorts.clear());
        Path data = files.directories().data();
        executor.submit(() -> holidaysInForce(data), holidayStatus::set,
                failure -> holidayStatus.set(messages.format("setup.holidays.storedBroken",
                        OfficeHolidays.file(data).toString())));
    }

    private String holidaysInForce(Path data) throws java.io.IOException {
        HolidayTable bundled = HolidayTable.bundled();
        String text = messages.format("setup.holidays.bundled", bundled.version(), years(bundled));
        Optional<HolidayTable> office = OfficeHolidays.stored(data);
        if (office.isPresent()) {
            text += " " + messages.format("setup.holidays.office", office.get().version(),
                    office.get().entries().size(), years(office.get()));
        }
        return text;
    }

    private String years(HolidayTable table) {
        return table.coveredYears().isEmpty() ? messages.get("common.none")
                : String.join(", ", table.coveredYears().stream().map(String::valueOf).toList());
    }

    // ---- navigation ----

    /** Next page, once this one's fields are right (first start); the last page saves. */
    public void next() {
        if (!validate(page.get())) {
            return;
        }
        Page[] pages = Page.values();
        if (page.get().ordinal() == pages.length - 1) {
            save();
        } else {
            page.set(pages[page.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (page.get().ordinal() > 0) {
            page.set(Page.values()[page.get().ordinal() - 1]);
        }
    }

    /** The settings screen moves freely between pages; the first start only back to pages already done. */
    public void goTo(Page target) {
        if (mode == Mode.SETTINGS || target.ordinal() <= page.get().ordinal()) {
            page.set(target);
        }
    }

    public boolean isLastPage() {
        return page.get().ordinal() == Page.values().length - 1;
    }

    // ---- validation ----

    private boolean validate(Page which) {
        List<Field> wrong = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.page() == which) {
                String problem = problemOf(field);
                errors.get(field).set(problem);
                if (!problem.isEmpty()) {
                    wrong.add(field);
                }
            }
        }
        if (!wrong.isEmpty()) {
            String pageKey = "setup.page." + which.name();
            feedback.say(messages.format("setup.error.fixFields", wrong.size(), messages.get(pageKey)), true);
            return false;
        }
        feedback.say("", false);
        return true;
    }

    /** Checks every page; shows the first page with a problem. */
    public boolean validateAll() {
        for (Page each : Page.values()) {
            if (!validate(each)) {
                page.set(each);
                return false;
            }
        }
        return true;
    }

    /** The Vietnamese sentence saying what is wrong with the field, or an empty one. */
    String problemOf(Field field) {
        return switch (field) {
            case AGENCY_NAME -> agencyNameProblem();
            case AGENCY_CODE -> agencyCodeProblem();
            case COUNTER -> wholeNumber(counterNumber.get(), 1, 999) ? "" : messages.get("setup.error.counterNumber");
            case FORMS_PLACE -> formsPlace.get().isBlank() ? messages.get("setup.error.formsPlaceMissing") : "";
            case OFFICE_PRINTER -> officePrinterProblem();
            case TICKET_HOST -> ticketKind.get() == PrinterKind.TCP ? hostProblem(ticketHost.get(),
                    "setup.error.ticketHostMissing") : "";
            case TICKET_PORT -> ticketKind.get() == PrinterKind.TCP && !wholeNumber(ticketPort.get(), 1, 65535)
                    ? messages.get("setup.error.port") : "";
            case TICKET_SERIAL -> ticketKind.get() == PrinterKind.SERIAL ? portProblem(ticketSerial.get(), true,
                    "setup.error.ticketSerialMissing") : "";
            case TICKET_BAUD -> ticketKind.get() == PrinterKind.SERIAL && !baudOk(ticketBaud.get())
                    ? messages.format("setup.error.baud", String.join(", ", BAUD_RATES.stream().map(String::valueOf)
                            .toList())) : "";
            case TICKET_DEVICE -> ticketKind.get() == PrinterKind.USB_FILE && ticketDevice.get().isBlank()
                    ? messages.get("setup.error.deviceFileMissing") : "";
            case SANE_HOST -> scannerKind.get() == ScannerKind.SANE ? hostProblem(saneHost.get(),
                    "setup.error.saneHostMissing") : "";
            case SANE_PORT -> scannerKind.get() == ScannerKind.SANE && !wholeNumber(sanePort.get(), 1, 65535)
                    ? messages.get("setup.error.port") : "";
            case ESCL_URL -> scannerKind.get() == ScannerKind.ESCL && httpUri(esclUrl.get()).isEmpty()
                    ? messages.get("setup.error.esclUrl") : "";
            case KEYPAD_PORT -> sharedPortProblem(keypadPort.get()).orElse(portProblem(keypadPort.get(), false, ""));
            case QR_PORT -> portProblem(qrReaderPort.get(), false, "");
            case PROVINCE_URL -> !provinceUrl.get().isBlank() && httpUri(provinceUrl.get()).isEmpty()
                    ? messages.get("setup.error.provinceUrl") : "";
            case PROVINCE_USER -> !provinceUrl.get().isBlank() && provinceUser.get().isBlank()
                    ? messages.get("setup.error.provinceUser") : "";
            case PROVINCE_PASSWORD -> !provinceUrl.get().isBlank() && provincePassword.get().isEmpty()
                    && !passwordStored.get() ? messages.get("setup.error.provincePassword") : "";
            case HOLIDAYS -> errors.get(Field.HOLIDAYS).get();
        };
    }

    private String agencyNameProblem() {
        String name = agencyName.get().strip();
        if (name.isEmpty()) {
            return messages.get("setup.error.agencyNameMissing");
        }
        return name.length() > MAX_AGENCY_NAME ? messages.format("setup.error.agencyNameLong", MAX_AGENCY_NAME) : "";
    }

    private String agencyCodeProblem() {
        String code = agencyCode.get().strip();
        if (code.isEmpty()) {
            return messages.get("setup.error.agencyCodeMissing");
        }
        if (code.length() > AgencyCode.MAX_LENGTH) {
            return messages.format("setup.error.agencyCodeLong", AgencyCode.MAX_LENGTH);
        }
        return AGENCY_CODE.matcher(code).matches() ? "" : messages.get("setup.error.agencyCodeCharacters");
    }

    private String officePrinterProblem() {
        String name = officePrinter.get().strip();
        if (name.isEmpty() || officePrinters.stream().anyMatch(known -> known.strip().equalsIgnoreCase(name))) {
            return "";
        }
        return messages.format("setup.error.officePrinterUnknown", name);
    }

    private String hostProblem(String value, String missingKey) {
        String host = value.strip();
        if (host.isEmpty()) {
            return messages.get(missingKey);
        }
        return HOST.matcher(host).matches() ? "" : messages.format("setup.error.hostInvalid", host);
    }

    private String portProblem(String value, boolean required, String missingKey) {
        String port = value.strip();
        if (port.isEmpty()) {
            return required ? messages.get(missingKey) : "";
        }
        return port.chars().anyMatch(Character::isWhitespace) ? messages.get("setup.error.serialPortSpaces") : "";
    }

    /** Two devices cannot share one serial port: the second open fails. */
    private Optional<String> sharedPortProblem(String value) {
        String port = value.strip();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        if (port.equals(qrReaderPort.get().strip())
                || ticketKind.get() == PrinterKind.SERIAL && port.equals(ticketSerial.get().strip())) {
            return Optional.of(messages.format("setup.error.samePort", port));
        }
        return Optional.empty();
    }

    private static boolean wholeNumber(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean baudOk(String text) {
        try {
            return BAUD_RATES.contains(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<URI> httpUri(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    // ---- device tests ----

    /** Tests one device with the values as typed; its fields are checked first. */
    public void check(Device device) {
        if (checkStates.get(device).get() == CheckState.RUNNING) {
            return;
        }
        List<Field> fields = switch (device) {
            case TICKET_PRINTER -> List.of(Field.TICKET_HOST, Field.TICKET_PORT, Field.TICKET_SERIAL, Field.TICKET_BAUD,
                    Field.TICKET_DEVICE);
            case OFFICE_PRINTER -> List.of();
            case SCANNER -> List.of(Field.SANE_HOST, Field.SANE_PORT, Field.ESCL_URL);
            case KEYPAD -> List.of(Field.KEYPAD_PORT);
            case QR_READER -> List.of(Field.QR_PORT);
            case PROVINCE -> List.of(Field.PROVINCE_URL, Field.PROVINCE_USER, Field.PROVINCE_PASSWORD);
        };
        boolean ok = true;
        for (Field field : fields) {
            String problem = problemOf(field);
            errors.get(field).set(problem);
            ok &= problem.isEmpty();
        }
        if (!ok) {
            show(device, new DeviceChecks.Result(false, messages.get("setup.error.checkFix")));
            return;
        }
        if (device == Device.PROVINCE && provinceUrl.get().isBlank()) {
            show(device, new DeviceChecks.Result(true, messages.get("setup.check.provinceNone")));
            return;
        }
        java.util.concurrent.Callable<DeviceChecks.Result> work = switch (device) {
            case TICKET_PRINTER -> {
                Map<String, String> values = ticketPrinterValues();
                yield () -> checks.ticketPrinter(PrinterSettings.fromProperties(values));
            }
            case OFFICE_PRINTER -> {
                String name = officePrinter.get();
                yield () -> checks.officePrinter(name);
            }
            case SCANNER -> {
                ScannerKind kind = scannerKind.get();
                Map<String, String> values = scannerValues();
                yield () -> checks.scanner(kind, values);
            }
            case KEYPAD -> {
                String port = keypadPort.get();
                yield () -> checks.serialPort(port);
            }
            case QR_READER -> {
                String port = qrReaderPort.get();
                yield () -> checks.serialPort(port);
            }
            case PROVINCE -> {
                Properties values = syncProperties();
                yield () -> checks.province(SyncSettings.from(values));
            }
        };
        checkStates.get(device).set(CheckState.RUNNING);
        checkTexts.get(device).set(messages.get("setup.check.running"));
        executor.submit(work, result -> show(device, result), failure -> show(device, new DeviceChecks.Result(false,
                messages.format("setup.check.failed", Objects.requireNonNullElse(failure.getMessage(),
                        failure.getClass().getSimpleName())))));
    }

    private void show(Device device, DeviceChecks.Result result) {
        checkTexts.get(device).set(result.text());
        checkStates.get(device).set(result.passed() ? CheckState.PASSED : CheckState.FAILED);
    }

    /** Tests every device on the page shown (Ctrl+Shift+T). */
    public void checkPage() {
        switch (page.get()) {
            case PRINTERS -> {
                check(Device.OFFICE_PRINTER);
                check(Device.TICKET_PRINTER);
            }
            case DEVICES -> {
                check(Device.SCANNER);
                check(Device.KEYPAD);
                check(Device.QR_READER);
            }
            case PROVINCE -> check(Device.PROVINCE);
            default -> { }
        }
    }

    // ---- holidays ----

    /** Reads and checks a holiday table file; it is stored when the settings are saved. */
    public void importHolidays(Path file) {
        Objects.requireNonNull(file);
        feedback.run(() -> OfficeHolidays.read(file), imported -> {
            importedHolidays = Optional.of(imported);
            errors.get(Field.HOLIDAYS).set("");
            HolidayTable table = imported.table();
            holidayStatus.set(messages.format("setup.holidays.imported", file.getFileName().toString(),
                    table.version(), table.entries().size(), years(table)));
            feedback.say("", false);
        }, failure -> {
            importedHolidays = Optional.empty();
            String problem = failure instanceof HolidayTableFormatException format
                    ? messages.format("setup.error.holidays", format.lineNumber(), format.getMessage())
                    : messages.format("setup.error.holidaysUnreadable", file.getFileName().toString());
            errors.get(Field.HOLIDAYS).set(problem);
            return problem;
        });
    }

    // ---- saving ----

    /** Checks every page and, when all is right, writes the settings files (and the holiday table). */
    public void save() {
        if (feedback.busyProperty().get() || !validateAll()) {
            return;
        }
        ConfigEdit edit = edit();
        Optional<OfficeHolidays.Imported> holidays = importedHolidays;
        Path data = files.directories().data();
        feedback.run(() -> {
            if (holidays.isPresent()) {
                OfficeHolidays.install(data, holidays.get());
            }
            return files.save(edit);
        }, saved -> {
            config = saved;
            importedHolidays = Optional.empty();
            provincePassword.set("");
            passwordStored.set(saved.hasSecret(SyncSettings.PREFIX + "password"));
            feedback.say(messages.get(mode == Mode.FIRST_RUN ? "setup.savedFirstRun" : "setup.saved"), false);
            onSaved.accept(saved);
        }, failure -> messages.format("setup.error.saveFailed", files.directories().config().toString()));
    }

    /** First start only: the demonstration agency and virtual devices, to try the desk out. */
    public void useTrainingMode() {
        if (mode != Mode.FIRST_RUN || feedback.busyProperty().get()) {
            return;
        }
        DeskSettings demo = DeskSettings.defaults();
        ConfigEdit edit = new ConfigEdit().set(DeskSettings.KEY_AGENCY_CODE, demo.agencyCode().value())
                .set(DeskSettings.KEY_AGENCY_NAME, demo.agencyName())
                .set(DeskSettings.KEY_COUNTER, Integer.toString(demo.counterNumber()))
                .set(DeviceSettings.FORMS_PLACE, DeviceSettings.DEMO_PLACE);
        feedback.run(() -> files.save(edit), saved -> {
            config = saved;
            onSaved.accept(saved);
        }, failure -> messages.format("setup.error.saveFailed", files.directories().config().toString()));
    }

    /** What saving writes: the fields of every page, the other kind's keys removed, the rest of the file kept. */
    ConfigEdit edit() {
        ConfigEdit edit = new ConfigEdit()
                .set(DeskSettings.KEY_AGENCY_NAME, agencyName.get().strip())
                .set(DeskSettings.KEY_AGENCY_CODE, agencyCode.get().strip())
                .set(DeskSettings.KEY_COUNTER, Integer.toString(Integer.parseInt(counterNumber.get().strip())))
                .set(DeviceSettings.FORMS_PLACE, formsPlace.get().strip());
        setOrRemove(edit, DeviceSettings.FORMS_PRINTER, officePrinter.get());
        for (String key : List.of("host", "port", "serialPath", "baud", "devicePath")) {
            edit.remove(PrinterSettings.PREFIX + key);
        }
        ticketPrinterValues().forEach(edit::set);
        edit.set(DeviceSettings.SCANNER_KIND, scannerKind.get().name());
        edit.remove(SaneSettings.PREFIX + "host").remove(SaneSettings.PREFIX + "port").remove(EsclSettings.PREFIX + "uri");
        switch (scannerKind.get()) {
            case SANE -> edit.set(SaneSettings.PREFIX + "host", saneHost.get().strip())
                    .set(SaneSettings.PREFIX + "port", sanePort.get().strip());
            case ESCL -> edit.set(EsclSettings.PREFIX + "uri", esclUrl.get().strip());
            case VIRTUAL -> { }
        }
        keypad(edit);
        setOrRemove(edit, DeviceSettings.QR_READER_PORT, qrReaderPort.get());
        String url = provinceUrl.get().strip();
        if (url.isEmpty()) {
            edit.remove(SyncSettings.PREFIX + "serviceUrl");
        } else {
            edit.set(SyncSettings.PREFIX + "serviceUrl", url)
                    .set(SyncSettings.PREFIX + "agency", agencyCode.get().strip())
                    .set(SyncSettings.PREFIX + "username", provinceUser.get().strip());
            if (!provincePassword.get().isEmpty()) {
                edit.set(SyncSettings.PREFIX + "password", provincePassword.get());
            }
        }
        return edit;
    }

    /**
     * A keypad port makes the counter's keypad a serial one ({@code keypad.kind=SERIAL}); clearing it takes a serial
     * keypad away, and leaves a keyboard-emulating or training pad as it was.
     */
    private void keypad(ConfigEdit edit) {
        String port = keypadPort.get().strip();
        if (!port.isEmpty()) {
            edit.set(KEYPAD_KIND, KeypadKind.SERIAL.name()).set(KEYPAD_PORT, port);
            return;
        }
        edit.remove(KEYPAD_PORT);
        if (KeypadKind.SERIAL.name().equalsIgnoreCase(config.values().getOrDefault(KEYPAD_KIND, "").strip())) {
            edit.remove(KEYPAD_KIND);
        }
    }

    private static void setOrRemove(ConfigEdit edit, String key, String value) {
        if (value.isBlank()) {
            edit.remove(key);
        } else {
            edit.set(key, value.strip());
        }
    }

    /** The {@code ticketPrinter.*} keys the fields give, over the tuning keys already in the file. */
    private Map<String, String> ticketPrinterValues() {
        Map<String, String> values = new HashMap<>();
        config.values().forEach((key, value) -> {
            if (key.startsWith(PrinterSettings.PREFIX)) {
                values.put(key, value);
            }
        });
        for (String key : List.of("host", "port", "serialPath", "baud", "devicePath")) {
            values.remove(PrinterSettings.PREFIX + key);
        }
        values.put(PrinterSettings.PREFIX + "kind", ticketKind.get().name());
        values.put(PrinterSettings.PREFIX + "paperWidth", Integer.toString(paperWidth.get().millimetres()));
        switch (ticketKind.get()) {
            case TCP -> {
                values.put(PrinterSettings.PREFIX + "host", ticketHost.get().strip());
                values.put(PrinterSettings.PREFIX + "port", ticketPort.get().strip());
            }
            case SERIAL -> {
                values.put(PrinterSettings.PREFIX + "serialPath", ticketSerial.get().strip());
                values.put(PrinterSettings.PREFIX + "baud", ticketBaud.get().strip());
            }
            case USB_FILE -> values.put(PrinterSettings.PREFIX + "devicePath", ticketDevice.get().strip());
            case VIRTUAL -> { }
        }
        return values;
    }

    /** The {@code scanner.*} keys the fields give, over the options and timeouts already in the file. */
    private Map<String, String> scannerValues() {
        Map<String, String> values = new HashMap<>();
        config.values().forEach((key, value) -> {
            if (key.startsWith(SaneSettings.PREFIX) || key.startsWith(EsclSettings.PREFIX)) {
                values.put(key, value);
            }
        });
        values.put(DeviceSettings.SCANNER_KIND, scannerKind.get().name());
        values.put(SaneSettings.PREFIX + "host", saneHost.get().strip());
        values.put(SaneSettings.PREFIX + "port", sanePort.get().strip());
        if (scannerKind.get() == ScannerKind.ESCL) {
            values.put(EsclSettings.PREFIX + "uri", esclUrl.get().strip());
        } else {
            values.remove(EsclSettings.PREFIX + "uri");
        }
        if (scannerKind.get() != ScannerKind.SANE) {
            values.remove(SaneSettings.PREFIX + "host");
            values.remove(SaneSettings.PREFIX + "port");
        }
        return values;
    }

    /** The {@code sync.*} settings as typed, the stored password when none is typed. */
    private Properties syncProperties() {
        Properties properties = new Properties();
        config.values().forEach((key, value) -> {
            if (key.startsWith(SyncSettings.PREFIX)) {
                properties.setProperty(key, value);
            }
        });
        properties.setProperty(SyncSettings.PREFIX + "serviceUrl", provinceUrl.get().strip());
        properties.setProperty(SyncSettings.PREFIX + "agency", agencyCode.get().isBlank()
                ? DeskSettings.DEMO_AGENCY_CODE.value() : agencyCode.get().strip());
        properties.setProperty(SyncSettings.PREFIX + "username", provinceUser.get().strip());
        if (!provincePassword.get().isEmpty()) {
            properties.setProperty(SyncSettings.PREFIX + "password", provincePassword.get());
        }
        return properties;
    }

    // ---- diagnostics ----

    /** Writes the support zip (logs and settings, no secrets) to the file the administrator chose. */
    public void exportDiagnostics(Path target) {
        DeskConfig current = config;
        feedback.run(() -> DiagnosticsExport.write(target, files, current, DeskVersion.current(), deviceProblems, clock),
                logs -> feedback.say(messages.format("setup.diagnostics.done", target.toString(), logs), false),
                failure -> messages.format("setup.diagnostics.failed", target.toString()));
    }

    /** A file name for the support zip, e.g. {@code motcua-chan-doan-20261123-0800.zip}. */
    public String diagnosticsFileName() {
        return "motcua-chan-doan-" + java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd-HHmm")
                .format(clock.instant().atZone(Messages.OFFICE_ZONE)) + ".zip";
    }

    // ---- properties ----

    public Mode mode() {
        return mode;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public StringProperty agencyNameProperty() {
        return agencyName;
    }

    public StringProperty agencyCodeProperty() {
        return agencyCode;
    }

    public StringProperty counterNumberProperty() {
        return counterNumber;
    }

    public StringProperty formsPlaceProperty() {
        return formsPlace;
    }

    public StringProperty officePrinterProperty() {
        return officePrinter;
    }

    public ObservableList<String> officePrinters() {
        return officePrinters;
    }

    public ObjectProperty<PrinterKind> ticketKindProperty() {
        return ticketKind;
    }

    public StringProperty ticketHostProperty() {
        return ticketHost;
    }

    public StringProperty ticketPortProperty() {
        return ticketPort;
    }

    public StringProperty ticketSerialProperty() {
        return ticketSerial;
    }

    public StringProperty ticketBaudProperty() {
        return ticketBaud;
    }

    public StringProperty ticketDeviceProperty() {
        return ticketDevice;
    }

    public ObjectProperty<PaperWidth> paperWidthProperty() {
        return paperWidth;
    }

    public ObjectProperty<ScannerKind> scannerKindProperty() {
        return scannerKind;
    }

    public StringProperty saneHostProperty() {
        return saneHost;
    }

    public StringProperty sanePortProperty() {
        return sanePort;
    }

    public StringProperty esclUrlProperty() {
        return esclUrl;
    }

    public StringProperty keypadPortProperty() {
        return keypadPort;
    }

    public StringProperty qrReaderPortProperty() {
        return qrReaderPort;
    }

    public ObservableList<String> serialPorts() {
        return serialPorts;
    }

    public StringProperty provinceUrlProperty() {
        return provinceUrl;
    }

    public StringProperty provinceUserProperty() {
        return provinceUser;
    }

    public StringProperty provincePasswordProperty() {
        return provincePassword;
    }

    /** A password is stored: leaving the field empty keeps it. */
    public ReadOnlyBooleanProperty passwordStoredProperty() {
        return passwordStored;
    }

    public ReadOnlyStringProperty holidayStatusProperty() {
        return holidayStatus;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field);
    }

    public ReadOnlyStringProperty checkTextProperty(Device device) {
        return checkTexts.get(device);
    }

    public ReadOnlyObjectProperty<CheckState> checkStateProperty(Device device) {
        return checkStates.get(device);
    }

    public Feedback feedback() {
        return feedback;
    }

    /** Serial baud rates offered for the ticket printer. */
    public static List<String> baudRates() {
        return BAUD_RATES.stream().map(String::valueOf).toList();
    }

    /** The pages' order, for the view's page list. */
    public static List<Page> pages() {
        return Arrays.asList(Page.values());
    }

    /** For a test: every field with a problem now, in field order. */
    List<Field> fieldsWithProblems() {
        return Arrays.stream(Field.values()).filter(field -> !errors.get(field).get().isEmpty()).toList();
    }
}
