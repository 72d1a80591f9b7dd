package vn.motcua.devices.qr;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.citizen.QrCodeReader;

/**
 * A 2D scanner in serial (USB-CDC) mode: each code arrives as UTF-8 text ended by CR and/or LF. Runs one
 * daemon thread that reopens the port with a <b>new</b> port object after a disconnect (jSerialComm keeps a dead
 * one "open"). A frame that is not valid UTF-8 or longer than {@link #MAX_FRAME} bytes is reported and dropped,
 * never passed on half-read. Scanned text is personal data: it is never logged.
 */
public final class SerialQrReader implements QrCodeReader {
    public static final int MAX_FRAME = 4096;
    public static final String PROBLEM_ENCODING = "qr.error.encoding";
    public static final String PROBLEM_TOO_LONG = "qr.error.tooLong";
    public static final String PROBLEM_DISCONNECTED = "qr.error.disconnected";
    private static final Logger LOG = LoggerFactory.getLogger(SerialQrReader.class);

    private final String path;
    private final int baud;
    private final Duration retry;
    private volatile boolean closed;
    private volatile SerialPort port;
    private Thread thread;

    public SerialQrReader(String path, int baud, Duration retry) {
        this.path = Objects.requireNonNull(path);
        this.baud = baud;
        this.retry = Objects.requireNonNull(retry);
    }

    @Override
    public synchronized void start(Listener listener) {
        Objects.requireNonNull(listener);
        if (thread != null) {
            throw new IllegalStateException("Already started");
        }
        thread = new Thread(() -> run(listener), "qr-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Listener listener) {
        boolean reported = false;
        while (!closed) {
            try (InputStream in = open()) {
                reported = false;
                read(in, new Frames(listener));
            } catch (IOException e) {
                if (!closed && !reported) {
                    LOG.warn("QR reader on {} unavailable: {}", path, e.getMessage());
                    listener.problem(PROBLEM_DISCONNECTED);
                    reported = true;
                }
            }
            closePort();
            pause();
        }
    }

    private InputStream open() throws IOException {
        SerialPort fresh;
        try {
            fresh = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("no serial port " + path, e);
        }
        fresh.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        fresh.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 500, 0);
        if (!fresh.openPort()) {
            throw new IOException("cannot open " + path + " (error " + fresh.getLastErrorCode() + ")");
        }
        port = fresh;
        return fresh.getInputStream();
    }

    /** Reads until the port fails or the reader is closed; a read timeout is only a quiet moment. */
    private void read(InputStream in, Frames frames) throws IOException {
        byte[] buffer = new byte[512];
        while (!closed) {
            int n;
            try {
                n = in.read(buffer);
            } catch (com.fazecast.jSerialComm.SerialPortTimeoutException quiet) {
                continue;
            }
            if (n < 0 || !port.isOpen() || port.bytesAvailable() < 0) {
                throw new IOException("port closed");
            }
            frames.accept(buffer, n);
        }
    }

    private void pause() {
        try {
            Thread.sleep(retry.toMillis()); // reconnect back-off, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closePort() {
        SerialPort p = port;
        if (p != null) {
            p.closePort();
        }
    }

    @Override
    public void close() {
        closed = true;
        closePort();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Splits the byte stream into frames at CR/LF and decodes each strictly as UTF-8. */
    static final class Frames {
        private final Listener listener;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private boolean overflow;

        Frames(Listener listener) {
            this.listener = listener;
        }

        void accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '\r' || b == '\n') {
                    end();
                } else if (current.size() >= MAX_FRAME) {
                    overflow = true;
                } else {
                    current.write(b);
                }
            }
        }

        private void end() {
            if (overflow) {
                listener.problem(PROBLEM_TOO_LONG);
            } else if (current.size() > 0) {
                decode(current.toByteArray());
            }
            current.reset();
            overflow = false;
        }

        private void decode(byte[] frame) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(frame)).toString();
                listener.scanned(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                listener.problem(PROBLEM_ENCODING);
            }
        }
    }
}
