package vn.motcua.core.citizen;

/**
 * Port: a 2D code reader at the counter (a serial/USB-CDC scanner, or a virtual one in training). It delivers
 * each scanned code as text; parsing (e.g. {@link CccdQr}) is the caller's business.
 */
public interface QrCodeReader extends AutoCloseable {

    /** Receives codes on the reader's own thread. */
    interface Listener {
        void scanned(String text);

        /** A frame that could not be read (bad encoding, too long) or the device went away: a message key. */
        default void problem(String messageKey) {
        }
    }

    /** Starts reading in the background; returns at once. */
    void start(Listener listener);

    @Override
    void close();
}
