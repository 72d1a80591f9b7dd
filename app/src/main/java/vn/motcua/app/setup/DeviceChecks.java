package vn.motcua.app.setup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import vn.motcua.app.i18n.Messages;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.scan.ScannerDevice;
import vn.motcua.devices.printer.PrinterKind;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.printer.TicketPrinters;
import vn.motcua.devices.scan.escl.EsclScanner;
import vn.motcua.devices.scan.escl.EsclSettings;
import vn.motcua.devices.scan.sane.SaneScanner;
import vn.motcua.devices.scan.sane.SaneSettings;
import vn.motcua.devices.serial.SerialPorts;
import vn.motcua.store.sync.ProvinceSignIn;
import vn.motcua.store.sync.SyncSettings;

/**
 * The settings screen's "Thử" buttons: each asks the real device through the adapter the desk uses (status
 * request to the ticket printer, the print service list, SANE or eSCL discovery, opening the serial port, a
 * sign-in to the province) and says in Vietnamese what it found. Every method blocks for at most the device's own
 * timeouts: call on the background executor.
 */
public final class DeviceChecks {
    private final Messages messages;
    private final Supplier<List<String>> officePrinters;

    /** With the operating system's print services (CUPS, the Windows spooler). */
    public DeviceChecks(Messages messages) {
        this(messages, DeviceChecks::systemPrinters);
    }

    /** @param officePrinters the printer names the machine offers (tests without a print server pass their own) */
    public DeviceChecks(Messages messages, Supplier<List<String>> officePrinters) {
        this.messages = Objects.requireNonNull(messages);
        this.officePrinters = Objects.requireNonNull(officePrinters);
    }

    private static List<String> systemPrinters() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .sorted().toList();
    }

    /** What a check found: passed or not, and the sentence for the administrator. */
    public record Result(boolean passed, String text) {
    }

    public List<String> officePrinters() {
        return officePrinters.get();
    }

    public List<String> serialPorts() {
        return SerialPorts.available();
    }

    public Result ticketPrinter(PrinterSettings settings) {
        if (settings.kind() == PrinterKind.VIRTUAL) {
            return new Result(true, messages.get("setup.check.printerVirtual"));
        }
        PrinterStatus status = TicketPrinters.create(settings).status();
        return switch (status) {
            case READY -> new Result(true, messages.get("setup.check.printerReady"));
            case PAPER_NEAR_END -> new Result(true, messages.get("setup.check.printerNearEnd"));
            case PAPER_OUT -> new Result(false, messages.get("printer.paperOut"));
            case COVER_OPEN -> new Result(false, messages.get("printer.coverOpen"));
            case OFFLINE -> new Result(false, messages.get("setup.check.printerOffline"));
            case ERROR -> new Result(false, messages.get("printer.error"));
            case UNKNOWN -> new Result(false, messages.get("setup.check.printerSilent"));
        };
    }

    /** An empty name means no office printer: forms are kept as PDF with the dossier. */
    public Result officePrinter(String name) {
        String wanted = name.strip();
        if (wanted.isEmpty()) {
            return new Result(true, messages.get("setup.check.officePrinterNone"));
        }
        List<String> names = officePrinters.get();
        boolean found = names.stream().anyMatch(printer -> printer.strip().equalsIgnoreCase(wanted));
        if (found) {
            return new Result(true, messages.format("setup.check.officePrinterFound", wanted));
        }
        return new Result(false, messages.format("setup.check.officePrinterMissing", wanted,
                names.isEmpty() ? messages.get("setup.check.noPrinters") : String.join(", ", names)));
    }

    /** @param kind VIRTUAL, SANE or ESCL; {@code properties} hold the {@code scanner.*} keys as they would be saved */
    public Result scanner(SetupViewModel.ScannerKind kind, Map<String, String> properties) {
        List<ScannerDevice> found;
        String where;
        switch (kind) {
            case VIRTUAL -> {
                return new Result(true, messages.get("setup.check.scannerVirtual"));
            }
            case SANE -> {
                SaneSettings sane = SaneSettings.fromProperties(properties);
                where = sane.host() + ":" + sane.port();
                found = new SaneScanner(sane).discover();
            }
            case ESCL -> {
                EsclSettings escl = EsclSettings.fromProperties(properties);
                where = escl.root().toString();
                found = new EsclScanner(escl).discover();
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        if (found.isEmpty()) {
            return new Result(false, messages.format("setup.check.scannerNone", where));
        }
        String names = String.join(", ", found.stream().map(DeviceChecks::describe).toList());
        return new Result(true, messages.format("setup.check.scannerFound", found.size(), names));
    }

    private static String describe(ScannerDevice device) {
        String model = (device.vendor() + " " + device.model()).strip();
        return model.isEmpty() ? device.id() : model + " (" + device.id() + ")";
    }

    /** An empty port means the device is not used. */
    public Result serialPort(String port) {
        String path = port.strip();
        if (path.isEmpty()) {
            return new Result(true, messages.get("setup.check.portNone"));
        }
        SerialPorts.PortCheck check = SerialPorts.check(path);
        return switch (check.outcome()) {
            case OPENED -> new Result(true, messages.format("setup.check.portOpened", path));
            case MISSING -> new Result(false, messages.format("setup.check.portMissing", path));
            case DENIED -> new Result(false, messages.format("setup.check.portDenied", path));
            case BUSY -> new Result(false, messages.format("setup.check.portBusy", path));
            case FAILED -> new Result(false, messages.format("setup.check.portFailed", path,
                    Integer.toString(check.errorCode())));
        };
    }

    public Result province(SyncSettings settings) {
        ProvinceSignIn.Result result = ProvinceSignIn.check(settings);
        return switch (result.outcome()) {
            case SIGNED_IN -> new Result(true, messages.get("setup.check.provinceSignedIn"));
            case REFUSED -> new Result(false, messages.format("setup.check.provinceRefused", result.detail()));
            case UNREACHABLE -> new Result(false, messages.format("setup.check.provinceUnreachable", result.detail()));
        };
    }
}
