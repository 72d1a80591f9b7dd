package vn.motcua.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.rating.RatingSettings;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.devices.keypad.KeypadKind;
import vn.motcua.devices.keypad.KeypadSettings;
import vn.motcua.core.scan.Scanner;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.store.sync.SyncSettings;
import vn.motcua.centre.CentreSettings;
import vn.motcua.devices.scan.escl.EsclScanner;
import vn.motcua.devices.scan.escl.EsclSettings;
import vn.motcua.devices.scan.sane.SaneScanner;
import vn.motcua.devices.scan.sane.SaneSettings;
import vn.motcua.devices.scan.virtual.VirtualScanner;
import vn.motcua.devices.scan.virtual.VirtualScannerSettings;

/**
 * The counter's devices as configured in {@code desk.properties} ({@code ticketPrinter.*}, {@code scanner.*},
 * {@code keypad.*} with the rating rules {@code rating.*}).
 * Nothing configured means virtual devices; a broken entry also falls back to them, with the problem reported to
 * staff.
 */
public record DeviceSettings(PrinterSettings printer, Scanner scanner, Optional<String> formsPrinter,
        String formsPlace, Optional<String> qrReaderPort, boolean ocr, Optional<SyncSettings> sync,
        KeypadSettings keypad, RatingRules ratingRules, List<String> problems) {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSettings.class);
    public static final String SCANNER_KIND = "scanner.kind";
    public static final String FORMS_PRINTER = "formsPrinter.name";
    public static final String FORMS_PLACE = "forms.place";
    /** The serial (USB-CDC) port of the 2D reader for ID card QR codes, e.g. /dev/ttyACM0 or COM4. */
    public static final String QR_READER_PORT = "qrReader.serialPort";
    /** OCR of saved scans in the background (Tesseract, Vietnamese); on unless set to false. */
    public static final String OCR_ENABLED = "ocr.enabled";
    /** The place printed on forms ("{place}, ngày … tháng … năm …") until the office sets its own. */
    public static final String DEMO_PLACE = "Phường Mẫu";

    public DeviceSettings {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(formsPrinter, "formsPrinter");
        Objects.requireNonNull(qrReaderPort, "qrReaderPort");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(keypad, "keypad");
        Objects.requireNonNull(ratingRules, "ratingRules");
        if (formsPlace == null || formsPlace.isBlank()) {
            throw new IllegalArgumentException(FORMS_PLACE + " must not be blank");
        }
        problems = List.copyOf(problems);
    }

    public DeviceSettings(PrinterSettings printer, List<String> problems) {
        this(printer, trainingScanner(), problems);
    }

    public DeviceSettings(PrinterSettings printer, Scanner scanner, List<String> problems) {
        this(printer, scanner, Optional.empty(), DEMO_PLACE, Optional.empty(), false, Optional.empty(),
                KeypadSettings.of(KeypadKind.NONE), RatingRules.defaults(), problems);
    }

    public static DeviceSettings virtual() {
        return new DeviceSettings(PrinterSettings.virtual(), List.of());
    }

    /** The training scanner: realistic Vietnamese documents, a 5-sheet feeder, no faults. */
    static Scanner trainingScanner() {
        return new VirtualScanner(VirtualScannerSettings.withSeed(2026).withFeederSheets(5));
    }

    public DeviceSettings withQrReader(String port) {
        return new DeviceSettings(printer, scanner, formsPrinter, formsPlace, Optional.of(port), ocr, sync, keypad,
                ratingRules, problems);
    }

    public DeviceSettings withOcr(boolean enabled) {
        return new DeviceSettings(printer, scanner, formsPrinter, formsPlace, qrReaderPort, enabled, sync, keypad,
                ratingRules, problems);
    }

    public DeviceSettings withScanner(Scanner replaced) {
        return new DeviceSettings(printer, replaced, formsPrinter, formsPlace, qrReaderPort, ocr, sync, keypad,
                ratingRules, problems);
    }

    public DeviceSettings withKeypad(KeypadSettings replaced) {
        return new DeviceSettings(printer, scanner, formsPrinter, formsPlace, qrReaderPort, ocr, sync, replaced,
                ratingRules, problems);
    }

    public DeviceSettings withRatingRules(RatingRules replaced) {
        return new DeviceSettings(printer, scanner, formsPrinter, formsPlace, qrReaderPort, ocr, sync, keypad,
                replaced, problems);
    }

    /**
     * Reads {@code desk.properties} and, next to it, the secrets file of a self-contained directory (tests,
     * training copies). The desk itself reads its layered settings through {@link vn.motcua.app.config.DeskConfig}.
     */
    public static DeviceSettings load(Path directory) {
        Path file = directory.resolve(DeskSettings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return virtual().withOcr(true);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return fallback(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Path secrets = directory.resolve(vn.motcua.app.config.DeskConfigFiles.SECRETS_FILE);
        if (Files.isRegularFile(secrets)) {
            try (Reader reader = Files.newBufferedReader(secrets, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("{}: cannot be read ({})", secrets, e.getClass().getSimpleName());
            }
        }
        return from(properties, file.toString());
    }

    /**
     * The devices in the properties; a broken entry is a problem and its virtual stand-in.
     *
     * @param source names the settings in problem messages, e.g. the file
     */
    public static DeviceSettings from(Properties properties, String source) {
        Path file = Path.of(source);
        Map<String, String> all = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
        List<String> problems = new ArrayList<>();
        PrinterSettings printer = printer(all, file, problems);
        Scanner scanner = scanner(all, file, problems);
        Optional<String> formsPrinter = Optional.ofNullable(all.get(FORMS_PRINTER)).map(String::strip)
                .filter(name -> !name.isEmpty());
        String place = all.getOrDefault(FORMS_PLACE, DEMO_PLACE).strip();
        Optional<String> qrPort = Optional.ofNullable(all.get(QR_READER_PORT)).map(String::strip)
                .filter(port -> !port.isEmpty());
        boolean ocr = !"false".equalsIgnoreCase(all.getOrDefault(OCR_ENABLED, "true").strip());
        return new DeviceSettings(printer, scanner, formsPrinter, place.isEmpty() ? DEMO_PLACE : place, qrPort, ocr,
                sync(properties, file, problems), keypad(all, file, problems), ratingRules(all, file, problems),
                problems);
    }

    /** {@code keypad.*}: a broken entry leaves the on-screen rating window only. */
    private static KeypadSettings keypad(Map<String, String> all, Path file, List<String> problems) {
        try {
            return KeypadSettings.fromProperties(all);
        } catch (IllegalArgumentException e) {
            return problem(problems, file + ": " + e.getMessage() + "; ratings are taken on the rating screen only",
                    KeypadSettings.of(KeypadKind.NONE));
        }
    }

    /** {@code rating.*} and {@code keypad.keys}: a broken entry gives the default rules. */
    private static RatingRules ratingRules(Map<String, String> all, Path file, List<String> problems) {
        try {
            return RatingSettings.rules(all);
        } catch (IllegalArgumentException e) {
            return problem(problems, file + ": " + e.getMessage() + "; using the default rating rules",
                    RatingRules.defaults());
        }
    }

    /** The same devices with these problems for the status bar (e.g. the settings files' own). */
    public DeviceSettings withProblems(List<String> replaced) {
        return new DeviceSettings(printer, scanner, formsPrinter, formsPlace, qrReaderPort, ocr, sync, keypad,
                ratingRules, replaced);
    }

    /**
     * The provincial system's address and account ({@code sync.*}); without them the desk works alone and keeps
     * every change in its outbox. A broken entry is a problem (its message never holds the password) and the
     * same as none.
     */
    private static Optional<SyncSettings> sync(Properties properties, Path file, List<String> problems) {
        try {
            return SyncSettings.configured(properties) ? Optional.of(SyncSettings.from(properties)) : Optional.empty();
        } catch (RuntimeException e) {
            return problem(problems, file + ": " + e.getMessage() + "; the desk works offline", Optional.empty());
        }
    }

    /**
     * Centre mode ({@code centre.*} in {@code desk.properties}): the queue on the centre's shared PostgreSQL server
     * instead of this desk's own store. Empty when not configured, or when the entry is broken (logged, never with a
     * password: the password stays in its own file).
     */
    public static Optional<CentreSettings> centre(Path directory) {
        Path file = directory.resolve(DeskSettings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return centre(properties, file.toString());
    }

    /** The same from the layered settings ({@link vn.motcua.app.config.DeskConfig}). */
    public static Optional<CentreSettings> centre(Properties properties, String source) {
        if (!CentreSettings.configured(properties)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CentreSettings.from(properties));
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: {}; the queue stays on this desk (single-PC mode)", source, e.getMessage());
            return Optional.empty();
        }
    }

    private static PrinterSettings printer(Map<String, String> all, Path file, List<String> problems) {
        if (all.keySet().stream().noneMatch(key -> key.startsWith(PrinterSettings.PREFIX))) {
            return PrinterSettings.virtual();
        }
        try {
            return PrinterSettings.fromProperties(all);
        } catch (IllegalArgumentException e) {
            return problem(problems, file + ": " + e.getMessage() + "; using the virtual ticket printer",
                    PrinterSettings.virtual());
        }
    }

    /** {@code scanner.kind} = VIRTUAL (default), SANE ({@code scanner.sane.*}) or ESCL ({@code scanner.escl.*}). */
    private static Scanner scanner(Map<String, String> all, Path file, List<String> problems) {
        String kind = all.getOrDefault(SCANNER_KIND, "VIRTUAL").strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return switch (kind) {
                case "SANE" -> new SaneScanner(SaneSettings.fromProperties(all));
                case "ESCL" -> new EsclScanner(EsclSettings.fromProperties(all));
                case "VIRTUAL" -> all.keySet().stream().anyMatch(key -> key.startsWith(VirtualScannerSettings.PREFIX))
                        ? new VirtualScanner(VirtualScannerSettings.fromProperties(all))
                        : trainingScanner();
                default -> throw new IllegalArgumentException(SCANNER_KIND + ": expected VIRTUAL, SANE or ESCL, not "
                        + kind);
            };
        } catch (IllegalArgumentException e) {
            return problem(problems, file + ": " + e.getMessage() + "; using the training scanner",
                    trainingScanner());
        }
    }

    private static <T> T problem(List<String> problems, String problem, T fallback) {
        LOG.warn("{}", problem);
        problems.add(problem);
        return fallback;
    }

    private static DeviceSettings fallback(String problem) {
        LOG.warn("{}; using virtual devices", problem);
        return new DeviceSettings(PrinterSettings.virtual(), List.of(problem)).withOcr(true);
    }
}
