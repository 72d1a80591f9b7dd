package vn.motcua.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads from a channel that has no read timeout of its own (a device file) on a daemon thread, and gives
 * the bytes out with one: a read waits at most the timeout, then throws {@link InterruptedIOException}.
 * The thread ends when the channel is closed or reaches its end.
 */
final class TimedDeviceInput extends InputStream {
    private static final int END = -1;
    private static final int CAPACITY = 4096;

    private final BlockingQueue<Integer> bytes = new LinkedBlockingQueue<>(CAPACITY);
    private final long timeoutNanos;
    private volatile boolean ended;

    TimedDeviceInput(ReadableByteChannel channel, Duration timeout, String name) {
        this.timeoutNanos = timeout.toNanos();
        Thread pump = new Thread(() -> pump(channel), "printer-input " + name);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(ReadableByteChannel channel) {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        try {
            while (channel.read(buffer.clear()) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    bytes.offer(buffer.get() & 0xFF); // a full queue drops bytes nobody asked for
                }
            }
        } catch (IOException closedOrFailed) {
            // Either way, no more bytes come.
        } finally {
            ended = true;
            bytes.offer(END);
        }
    }

    @Override
    public int read() throws IOException {
        if (ended && bytes.isEmpty()) {
            return END;
        }
        try {
            Integer b = bytes.poll(timeoutNanos, TimeUnit.NANOSECONDS);
            if (b == null) {
                throw new InterruptedIOException("No byte from the printer within the read timeout");
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the printer");
        }
    }

    @Override
    public int available() {
        int queued = bytes.size();
        return ended ? Math.max(0, queued - 1) : queued;
    }
}
