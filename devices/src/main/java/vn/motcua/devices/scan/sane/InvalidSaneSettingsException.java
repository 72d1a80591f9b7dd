package vn.motcua.devices.scan.sane;

/** A SANE scanner setting is missing or has a value that cannot work; names the offending key. */
public final class InvalidSaneSettingsException extends IllegalArgumentException {
    private final String key;

    InvalidSaneSettingsException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The full property key, e.g. {@code scanner.sane.port}. */
    public String key() {
        return key;
    }
}
