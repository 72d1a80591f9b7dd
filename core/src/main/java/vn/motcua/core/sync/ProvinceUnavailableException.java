package vn.motcua.core.sync;

/** The province could not be reached or answered "try later" (timeouts, dropped connections, 429, 5xx). */
public class ProvinceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProvinceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProvinceUnavailableException(String message) {
        super(message);
    }
}
