package vn.motcua.devices.printer;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * ESC/POS written to a Linux USB printer device file ({@code /dev/usb/lpN}), opened once for reading and
 * writing (usblp allows one open at a time). Status replies arrive only from bidirectional printers; a
 * one-way printer stays silent and its status is UNKNOWN (then {@link WhenSilent} decides). Never point this
 * at a CUPS queue: a spooler has no back channel.
 * <p>
 * The device file has no read timeout, so reads go through {@link TimedDeviceInput} on the file's channel;
 * writes go through a stream on the same descriptor, because a channel serialises writes behind a read that
 * is blocked waiting for the printer.
 */
final class UsbFilePrinterLink implements PrinterLink {
    private final Path device;
    private final Duration readTimeout;
    private volatile FileChannel channel;
    private volatile TimedDeviceInput in;
    private volatile OutputStream out;

    UsbFilePrinterLink(Path device, Duration readTimeout) {
        this.device = device;
        this.readTimeout = readTimeout;
    }

    @Override
    public void open() throws IOException {
        if (!Files.exists(device)) {
            throw new NoSuchFileException(device.toString(), null, "no such printer device");   // "rw" would create it
        }
        RandomAccessFile file = new RandomAccessFile(device.toFile(), "rw");
        FileChannel fresh = file.getChannel();
        channel = fresh;
        out = new FileOutputStream(file.getFD());
        in = new TimedDeviceInput(fresh, readTimeout, device.toString());
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

    /** Closing the channel closes the file and wakes the thread blocked reading it. */
    @Override
    public void close() {
        FileChannel c = channel;
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Nothing left to release.
            }
        }
    }

    private void requireOpen() {
        if (channel == null) {
            throw new IllegalStateException("Printer link not open");
        }
    }

    @Override
    public String toString() {
        return "usb-file:" + device;
    }
}
