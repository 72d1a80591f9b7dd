package vn.motcua.devices.scan.escl;

/** An eSCL scanner setting is missing or has a value that cannot work; names the offending key. */
public final class InvalidEsclSettingsException extends IllegalArgumentException {
    private final String key;

    InvalidEsclSettingsException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The full property key, e.g. {@code scanner.escl.uri}. */
    public String key() {
        return key;
    }
}
