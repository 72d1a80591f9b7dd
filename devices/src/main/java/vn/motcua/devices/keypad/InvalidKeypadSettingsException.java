package vn.motcua.devices.keypad;

/** A keypad setting is missing or has a value that cannot work; names the offending key. */
public final class InvalidKeypadSettingsException extends IllegalArgumentException {
    private final String key;

    InvalidKeypadSettingsException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The full property key, e.g. {@code keypad.serialPort}. */
    public String key() {
        return key;
    }
}
