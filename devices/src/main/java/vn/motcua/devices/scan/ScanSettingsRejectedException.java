package vn.motcua.devices.scan;

/**
 * The scanner cannot take a scan profile's setting (no feeder, no duplex, no colour, a backend option it
 * does not have or a value outside its range). Nothing was scanned and the scanner is left usable; the
 * message names the setting and what the scanner offers, for the supervisor who edits the profile.
 */
public class ScanSettingsRejectedException extends IllegalArgumentException {

    public ScanSettingsRejectedException(String message) {
        super(message);
    }

    public ScanSettingsRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
