package vn.motcua.devices.sound;

/** The clip library cannot be used: a clip is missing, unreadable or in a format that cannot be converted. */
public final class ClipLibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClipLibraryException(String message) {
        super(message);
    }

    public ClipLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
