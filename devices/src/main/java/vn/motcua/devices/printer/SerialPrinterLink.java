package vn.motcua.devices.printer;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * ESC/POS over a serial port with jSerialComm, 8N1 without flow control. Each ticket opens a new port
 * object: after a disconnect jSerialComm's old object stays "open" but dead. Writes block until the UART has
 * sent the bytes (tcdrain), because closePort discards whatever is still queued (tcflush); on ptys and some
 * USB adapters that is not enough, which is why the printer confirms receipt with a status request.
 */
final class SerialPrinterLink implements PrinterLink {
    /** Start bit, 8 data bits, stop bit. */
    private static final int BITS_PER_BYTE = 10;

    private final String path;
    private final int baud;
    private final Duration readTimeout;
    private volatile SerialPort port;
    private volatile InputStream in;
    private volatile OutputStream out;

    SerialPrinterLink(String path, int baud, Duration readTimeout) {
        this.path = path;
        this.baud = baud;
        this.readTimeout = readTimeout;
    }

    @Override
    public void open() throws IOException {
        SerialPort fresh;
        try {
            fresh = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("No serial port " + path, e);
        }
        fresh.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        fresh.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // Write timeouts exist only on Windows; stalled writes are ended by closing the port.
        fresh.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                Math.toIntExact(readTimeout.toMillis()), 0);
        if (!fresh.openPort()) {
            throw new IOException("Cannot open serial port " + path + " (error " + fresh.getLastErrorCode()
                    + "; on Linux the user needs the dialout group)");
        }
        port = fresh;
        in = fresh.getInputStream();
        out = fresh.getOutputStream();
    }

    @Override
    public InputStream in() {
        requireOpen();
        return in;
    }

    @Override
    public OutputStream out() {
        requireOpen();
        return out;
    }

    /** A raster ticket of 30 KB takes about 31 s at 9600 baud. */
    @Override
    public Duration transferTime(int bytes) {
        return Duration.ofMillis((long) bytes * BITS_PER_BYTE * 1000 / baud);
    }

    @Override
    public void close() {
        SerialPort p = port;
        if (p != null) {
            p.closePort();
        }
    }

    private void requireOpen() {
        if (port == null) {
            throw new IllegalStateException("Printer link not open");
        }
    }

    @Override
    public String toString() {
        return "serial:" + path + "@" + baud;
    }
}
