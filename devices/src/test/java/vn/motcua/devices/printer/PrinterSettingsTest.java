package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterSettingsTest {

    @Test
    void tcpWithDefaults() {
        PrinterSettings settings = PrinterSettings.fromProperties(Map.of(
                "ticketPrinter.kind", "tcp", "ticketPrinter.host", " 192.168.1.50 ", "other.setting", "ignored"));

        assertThat(settings.kind()).isEqualTo(PrinterKind.TCP);
        assertThat(settings.host()).isEqualTo("192.168.1.50");
        assertThat(settings.port()).isEqualTo(9100);
        assertThat(settings.paperWidth()).isEqualTo(PaperWidth.MM80);
        assertThat(settings.whenSilent()).isEqualTo(WhenSilent.PRINT);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void serialWithEverythingGiven() {
        PrinterSettings settings = PrinterSettings.fromProperties(Map.of(
                "ticketPrinter.kind", "SERIAL",
                "ticketPrinter.serialPath", "/dev/ttyUSB0",
                "ticketPrinter.baud", "115200",
                "ticketPrinter.paperWidth", "58",
                "ticketPrinter.readTimeoutMs", "250",
                "ticketPrinter.writeTimeoutMs", "60000",
                "ticketPrinter.whenSilent", "refuse"));

        assertThat(settings.serialPath()).isEqualTo("/dev/ttyUSB0");
        assertThat(settings.baud()).isEqualTo(115200);
        assertThat(settings.paperWidth()).isEqualTo(PaperWidth.MM58);
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.writeTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.whenSilent()).isEqualTo(WhenSilent.REFUSE);
    }

    @Test
    void usbFileAndVirtual() {
        assertThat(PrinterSettings.fromProperties(Map.of("ticketPrinter.kind", "USB_FILE",
                "ticketPrinter.devicePath", "/dev/usb/lp0")).devicePath()).isEqualTo("/dev/usb/lp0");
        assertThat(PrinterSettings.fromProperties(Map.of("ticketPrinter.kind", "virtual")).kind())
                .isEqualTo(PrinterKind.VIRTUAL);
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "kind|       |ticketPrinter.kind: is missing; one of [TCP, SERIAL, USB_FILE, VIRTUAL]",
            "kind|lpt1   |ticketPrinter.kind: 'lpt1' is not one of [TCP, SERIAL, USB_FILE, VIRTUAL]",
            "port|abc    |ticketPrinter.port: 'abc' is not a whole number",
            "port|70000  |ticketPrinter.port: must be between 1 and 65535, not 70000",
            "port|0      |ticketPrinter.port: must be between 1 and 65535, not 0",
            "host|       |ticketPrinter.host: is missing; the printer's IP address or host name",
            "paperWidth|57|ticketPrinter.paperWidth: must be 58 or 80 (mm), not 57",
            "paperWidth|80mm|ticketPrinter.paperWidth: '80mm' is not a whole number",
            "readTimeoutMs|0|ticketPrinter.readTimeoutMs: must be between 1 and 120000 ms, not 0",
            "connectTimeoutMs|-5|ticketPrinter.connectTimeoutMs: must be between 1 and 120000 ms, not -5",
            "writeTimeoutMs|999999|ticketPrinter.writeTimeoutMs: must be between 1 and 120000 ms, not 999999",
            "whenSilent|maybe|ticketPrinter.whenSilent: 'maybe' is not one of [PRINT, REFUSE]",
            "baudrate|9600|ticketPrinter.baudrate: unknown setting; known are",
    })
    void badTcpValuesNameTheKey(String key, String value, String message) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "ticketPrinter.kind", "TCP", "ticketPrinter.host", "printer.local"));
        properties.put("ticketPrinter." + key, value == null ? "" : value);

        assertThatThrownBy(() -> PrinterSettings.fromProperties(properties))
                .isInstanceOf(InvalidPrinterSettingsException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((InvalidPrinterSettingsException) e).key())
                .isEqualTo("ticketPrinter." + key);
    }

    @Test
    void serialNeedsAPathAndAStandardBaudRate() {
        assertThatThrownBy(() -> PrinterSettings.fromProperties(Map.of("ticketPrinter.kind", "SERIAL")))
                .hasMessageStartingWith("ticketPrinter.serialPath: is missing");
        assertThatThrownBy(() -> PrinterSettings.fromProperties(Map.of("ticketPrinter.kind", "SERIAL",
                "ticketPrinter.serialPath", "COM3", "ticketPrinter.baud", "9601")))
                .hasMessageStartingWith("ticketPrinter.baud: must be one of [1200, 2400");
    }

    @Test
    void usbFileNeedsADevicePath() {
        assertThatThrownBy(() -> PrinterSettings.fromProperties(Map.of("ticketPrinter.kind", "USB_FILE")))
                .isInstanceOf(InvalidPrinterSettingsException.class)
                .hasMessageStartingWith("ticketPrinter.devicePath: is missing");
    }
}
