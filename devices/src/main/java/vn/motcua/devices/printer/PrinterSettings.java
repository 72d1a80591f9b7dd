package vn.motcua.devices.printer;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.devices.settings.DeviceProperties;

/**
 * How to reach the kiosk's ticket printer. Read from properties under {@value #PREFIX}, for example
 * <pre>
 * ticketPrinter.kind = TCP            # TCP, SERIAL, USB_FILE or VIRTUAL
 * ticketPrinter.host = 192.168.1.50
 * ticketPrinter.port = 9100
 * ticketPrinter.serialPath = /dev/ttyUSB0
 * ticketPrinter.baud = 115200
 * ticketPrinter.devicePath = /dev/usb/lp0   # bidirectional USB printers only
 * ticketPrinter.paperWidth = 80        # 58 or 80 (mm)
 * ticketPrinter.connectTimeoutMs = 3000
 * ticketPrinter.readTimeoutMs = 1000   # per status reply
 * ticketPrinter.writeTimeoutMs = 20000 # per ticket, plus the transfer time at the serial baud rate
 * ticketPrinter.whenSilent = PRINT     # PRINT or REFUSE when the printer does not answer the status request
 * </pre>
 */
public record PrinterSettings(PrinterKind kind, String host, int port, String serialPath, int baud,
        String devicePath, PaperWidth paperWidth, Duration connectTimeout, Duration readTimeout,
        Duration writeTimeout, WhenSilent whenSilent) {

    public static final String PREFIX = "ticketPrinter.";
    public static final int DEFAULT_PORT = 9100;
    public static final int DEFAULT_BAUD = 9600;
    static final Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400,
            460800, 921600);
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);
    private static final Set<String> KEYS = Set.of("kind", "host", "port", "serialPath", "baud", "devicePath",
            "paperWidth", "connectTimeoutMs", "readTimeoutMs", "writeTimeoutMs", "whenSilent");

    public PrinterSettings {
        Objects.requireNonNull(kind, "kind");
        host = Objects.requireNonNullElse(host, "").strip();
        serialPath = Objects.requireNonNullElse(serialPath, "").strip();
        devicePath = Objects.requireNonNullElse(devicePath, "").strip();
        Objects.requireNonNull(paperWidth, "paperWidth");
        Objects.requireNonNull(whenSilent, "whenSilent");
        requireTimeout("connectTimeoutMs", connectTimeout);
        requireTimeout("readTimeoutMs", readTimeout);
        requireTimeout("writeTimeoutMs", writeTimeout);
        switch (kind) {
            case TCP -> {
                requirePresent("host", host, "the printer's IP address or host name");
                if (port < 1 || port > 65535) {
                    throw invalid("port", "must be between 1 and 65535, not " + port);
                }
            }
            case SERIAL -> {
                requirePresent("serialPath", serialPath, "the serial port, e.g. /dev/ttyUSB0 or COM3");
                if (!BAUD_RATES.contains(baud)) {
                    throw invalid("baud", "must be one of " + new TreeSet<>(BAUD_RATES) + ", not " + baud);
                }
            }
            case USB_FILE -> requirePresent("devicePath", devicePath, "the device file, e.g. /dev/usb/lp0");
            case VIRTUAL -> { }
        }
    }

    public static PrinterSettings tcp(String host, int port) {
        return new PrinterSettings(PrinterKind.TCP, host, port, "", DEFAULT_BAUD, "", PaperWidth.MM80,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT, WhenSilent.PRINT);
    }

    public static PrinterSettings serial(String serialPath, int baud) {
        return new PrinterSettings(PrinterKind.SERIAL, "", DEFAULT_PORT, serialPath, baud, "", PaperWidth.MM80,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT, WhenSilent.PRINT);
    }

    public static PrinterSettings usbFile(String devicePath) {
        return new PrinterSettings(PrinterKind.USB_FILE, "", DEFAULT_PORT, "", DEFAULT_BAUD, devicePath,
                PaperWidth.MM80, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT,
                WhenSilent.PRINT);
    }

    public static PrinterSettings virtual() {
        return new PrinterSettings(PrinterKind.VIRTUAL, "", DEFAULT_PORT, "", DEFAULT_BAUD, "", PaperWidth.MM80,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT, WhenSilent.PRINT);
    }

    public PrinterSettings withPaperWidth(PaperWidth width) {
        return new PrinterSettings(kind, host, port, serialPath, baud, devicePath, width, connectTimeout,
                readTimeout, writeTimeout, whenSilent);
    }

    public PrinterSettings withWhenSilent(WhenSilent policy) {
        return new PrinterSettings(kind, host, port, serialPath, baud, devicePath, paperWidth, connectTimeout,
                readTimeout, writeTimeout, policy);
    }

    public PrinterSettings withTimeouts(Duration connect, Duration read, Duration write) {
        return new PrinterSettings(kind, host, port, serialPath, baud, devicePath, paperWidth, connect, read,
                write, whenSilent);
    }

    /**
     * Reads the settings from properties named {@code ticketPrinter.*}; other properties are ignored.
     *
     * @throws InvalidPrinterSettingsException naming the key when a value is missing, malformed or unknown
     */
    public static PrinterSettings fromProperties(Map<String, String> properties) {
        DeviceProperties own = DeviceProperties.of(properties, PREFIX, KEYS, PrinterSettings::invalid);
        return new PrinterSettings(
                own.choice("kind", PrinterKind.class, null),
                own.get("host"),
                own.integer("port", DEFAULT_PORT),
                own.get("serialPath"),
                own.integer("baud", DEFAULT_BAUD),
                own.get("devicePath"),
                paperWidth(own),
                millis(own, "connectTimeoutMs", DEFAULT_CONNECT_TIMEOUT),
                millis(own, "readTimeoutMs", DEFAULT_READ_TIMEOUT),
                millis(own, "writeTimeoutMs", DEFAULT_WRITE_TIMEOUT),
                own.choice("whenSilent", WhenSilent.class, WhenSilent.PRINT));
    }

    private static PaperWidth paperWidth(DeviceProperties own) {
        int millimetres = own.integer("paperWidth", PaperWidth.MM80.millimetres());
        try {
            return PaperWidth.ofMillimetres(millimetres);
        } catch (IllegalArgumentException e) {
            throw invalid("paperWidth", "must be 58 or 80 (mm), not " + millimetres);
        }
    }

    private static Duration millis(DeviceProperties own, String key, Duration fallback) {
        return own.has(key) ? Duration.ofMillis(own.integer(key, 0)) : fallback;
    }

    private static void requireTimeout(String key, Duration timeout) {
        Objects.requireNonNull(timeout, key);
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw invalid(key, "must be between 1 and " + MAX_TIMEOUT.toMillis() + " ms, not " + timeout.toMillis());
        }
    }

    private static void requirePresent(String key, String value, String what) {
        if (value.isEmpty()) {
            throw invalid(key, "is missing; " + what);
        }
    }

    private static InvalidPrinterSettingsException invalid(String key, String message) {
        return new InvalidPrinterSettingsException(PREFIX + key, message);
    }
}
