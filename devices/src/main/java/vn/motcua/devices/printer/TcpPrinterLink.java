package vn.motcua.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * ESC/POS over a raw TCP socket (port 9100) with a connect timeout and SO_TIMEOUT on reads; escpos-coffee's
 * TcpIpOutputStream has neither and can hang a kiosk forever.
 */
final class TcpPrinterLink implements PrinterLink {
    private static final int MAX_TRAILING_BYTES = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private volatile Socket socket;
    private volatile InputStream in;
    private volatile OutputStream out;

    TcpPrinterLink(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public void open() throws IOException {
        Socket fresh = new Socket();
        try {
            fresh.setTcpNoDelay(true);
            fresh.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
            fresh.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
        } catch (IOException | RuntimeException e) {
            fresh.close();
            throw e;
        }
        socket = fresh;
        in = fresh.getInputStream();
        out = fresh.getOutputStream();
    }

    @Override
    public InputStream in() {
        connected();
        return in;
    }

    @Override
    public OutputStream out() {
        connected();
        return out;
    }

    /**
     * Half-closes and reads until the printer closes too. Closing a socket with unread input (printers answer
     * DLE EOT sequences that happen to occur inside raster data) sends a reset, which can discard the tail
     * of the job still in the send buffer.
     */
    @Override
    public void endJob() throws IOException {
        Socket s = connected();
        out.flush();
        s.shutdownOutput();
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try {
            for (int n = 0; n < MAX_TRAILING_BYTES && System.nanoTime() - deadline < 0; n++) {
                if (in.read() < 0) {
                    return;
                }
            }
        } catch (InterruptedIOException stillOpen) {
            // The printer keeps its side open; everything sent has had readTimeout to be acknowledged.
        }
    }

    @Override
    public void close() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Nothing left to release.
            }
        }
    }

    private Socket connected() {
        Socket s = socket;
        if (s == null) {
            throw new IllegalStateException("Printer link not open");
        }
        return s;
    }

    @Override
    public String toString() {
        return "tcp://" + host + ":" + port;
    }
}
