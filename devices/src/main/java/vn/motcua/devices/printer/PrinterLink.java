package vn.motcua.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A byte channel to a printer, opened for one ticket and closed after it. Reads from {@link #in()} end
 * with an {@link java.io.InterruptedIOException} after the link's read timeout. {@link #close()} may be
 * called from another thread to abort a stalled write, and any number of times.
 */
public interface PrinterLink extends AutoCloseable {

    void open() throws IOException;

    InputStream in();

    OutputStream out();

    /**
     * Called after a whole job was written to a printer that cannot confirm receipt (no back channel):
     * waits, within bounds, until the bytes have left for the device.
     */
    default void endJob() throws IOException {
        out().flush();
    }

    /** How long moving this many bytes takes on a slow line, on top of the write timeout. */
    default Duration transferTime(int bytes) {
        return Duration.ZERO;
    }

    @Override
    void close();

    /** The real link the settings describe; not for {@link PrinterKind#VIRTUAL}. */
    static PrinterLink forSettings(PrinterSettings settings) {
        return switch (settings.kind()) {
            case TCP -> new TcpPrinterLink(settings.host(), settings.port(), settings.connectTimeout(),
                    settings.readTimeout());
            case SERIAL -> new SerialPrinterLink(settings.serialPath(), settings.baud(), settings.readTimeout());
            case USB_FILE -> new UsbFilePrinterLink(java.nio.file.Path.of(settings.devicePath()),
                    settings.readTimeout());
            case VIRTUAL -> throw new IllegalArgumentException("A virtual printer has no link");
        };
    }
}
