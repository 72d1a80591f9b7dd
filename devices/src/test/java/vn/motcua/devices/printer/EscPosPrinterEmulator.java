package vn.motcua.devices.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The printer side of one ESC/POS byte stream: records every byte and answers each {@code DLE EOT n} it sees,
 * wherever it appears (real printers also answer sequences that occur inside raster data). Runs on the
 * caller's thread until the stream ends, fails or {@link #stop()} is called.
 */
public final class EscPosPrinterEmulator {
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile EmulatedPrinterState state;
    private volatile byte[] unsolicited = new byte[0];
    private volatile int answersBeforeStall = Integer.MAX_VALUE;
    private volatile boolean stopped;
    private volatile boolean ended;
    private int answers;

    public EscPosPrinterEmulator(EmulatedPrinterState state) {
        this.state = state;
    }

    public void setState(EmulatedPrinterState state) {
        this.state = state;
    }

    /** Bytes sent before every status answer, e.g. an Automatic Status Back block the client must skip. */
    public void sendBeforeEachAnswer(byte... bytes) {
        this.unsolicited = bytes.clone();
    }

    /** After this many status answers the emulator stops reading, like a jammed printer with a full buffer. */
    public void stallAfterAnswers(int count) {
        this.answersBeforeStall = count;
    }

    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Reads until the end of the stream; read timeouts (serial ports) are waited through. */
    public void serve(InputStream in, OutputStream out) {
        byte[] chunk = new byte[4096];
        int previous = -1;
        int beforePrevious = -1;
        try {
            while (!stopped && answers < answersBeforeStall) {
                int count;
                try {
                    count = in.read(chunk);
                } catch (InterruptedIOException timeout) {
                    continue;
                }
                if (count < 0) {
                    break;
                }
                record(chunk, count);
                for (int i = 0; i < count && answers < answersBeforeStall; i++) {
                    int b = chunk[i] & 0xFF;
                    if (beforePrevious == EscPosCommands.DLE && previous == EscPosCommands.EOT) {
                        answer(b, out);
                    }
                    beforePrevious = previous;
                    previous = b;
                }
            }
            if (answers >= answersBeforeStall) {
                awaitStop();
            }
        } catch (IOException endedByPeer) {
            // The client closed or reset the connection: the session is over.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    private void answer(int n, OutputStream out) throws IOException {
        int reply = state.reply(n);
        if (reply < 0) {
            return;
        }
        out.write(unsolicited);
        out.write(reply);
        out.flush();
        answers++;
    }

    private synchronized void record(byte[] chunk, int count) {
        received.write(chunk, 0, count);
        notifyAll();
    }

    private synchronized void awaitStop() {
        while (!stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public synchronized byte[] received() {
        return received.toByteArray();
    }

    public synchronized boolean ended() {
        return ended;
    }

    /** Waits until the bytes received so far satisfy the condition, e.g. contain a cut. */
    public synchronized byte[] awaitReceived(Predicate<byte[]> condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] bytes = received.toByteArray();
        while (!condition.test(bytes)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("Emulated printer received " + bytes.length + " bytes, not the expected");
            }
            wait(Math.max(1, left / 1_000_000));
            bytes = received.toByteArray();
        }
        return bytes;
    }

    /** Waits until {@link #serve} returned. */
    public synchronized void awaitEnd(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("Emulated printer session still open");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
