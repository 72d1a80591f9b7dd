package vn.motcua.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.devices.printer.PrinterSettings;

/**
 * The counter's devices as configured in {@code desk.properties} ({@code ticketPrinter.*}). Nothing configured
 * means virtual devices; a broken entry also falls back to them, with the problem reported to staff.
 */
public record DeviceSettings(PrinterSettings printer, List<String> problems) {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSettings.class);

    public DeviceSettings {
        problems = List.copyOf(problems);
    }

    public static DeviceSettings virtual() {
        return new DeviceSettings(PrinterSettings.virtual(), List.of());
    }

    public static DeviceSettings load(Path directory) {
        Path file = directory.resolve(DeskSettings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return virtual();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return fallback(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, String> printer = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PrinterSettings.PREFIX)) {
                printer.put(key, properties.getProperty(key));
            }
        }
        if (printer.isEmpty()) {
            return virtual();
        }
        try {
            return new DeviceSettings(PrinterSettings.fromProperties(printer), List.of());
        } catch (IllegalArgumentException e) {
            return fallback(file + ": " + e.getMessage());
        }
    }

    private static DeviceSettings fallback(String problem) {
        LOG.warn("{}; using the virtual ticket printer", problem);
        return new DeviceSettings(PrinterSettings.virtual(), List.of(problem));
    }
}
