package vn.motcua.devices.forms;

import java.util.List;

/** No print service has the configured printer's name; the message lists the names the system knows. */
public final class FormPrinterNotFoundException extends RuntimeException {
    private final String printerName;
    private final transient List<String> available;

    FormPrinterNotFoundException(String printerName, List<String> available) {
        super(available.isEmpty()
                ? "Printer \"" + printerName + "\" not found: the system has no printers"
                : "Printer \"" + printerName + "\" not found; the system has: " + String.join(", ", available));
        this.printerName = printerName;
        this.available = List.copyOf(available);
    }

    public String printerName() {
        return printerName;
    }

    public List<String> available() {
        return available;
    }
}
