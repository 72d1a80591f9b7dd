package vn.motcua.devices.printer;

/** A ticket-printer setting is missing or has a value that cannot work; names the offending key. */
public final class InvalidPrinterSettingsException extends IllegalArgumentException {
    private final String key;

    InvalidPrinterSettingsException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The full property key, e.g. {@code ticketPrinter.port}. */
    public String key() {
        return key;
    }
}
