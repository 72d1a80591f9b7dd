package vn.motcua.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;
import vn.motcua.core.queue.PrinterStatus;

/**
 * Asks a printer for its state with {@code DLE EOT 1, 2, 4} and reads one reply byte each. Bytes that are
 * not status replies ({@code (b & 0x93) != 0x12}), such as Automatic Status Back blocks or answers to
 * real-time sequences a printer found inside earlier raster data, are skipped until the read timeout.
 */
final class EscPosStatusQuery {
    private static final int REPLY_MASK = 0x93;
    private static final int REPLY_PATTERN = 0x12;
    private static final int MAX_STALE_BYTES = 4096;

    private static final int PRINTER_OFFLINE = 0x08;
    private static final int COVER_OPEN = 0x04;
    private static final int STOPPED_BY_PAPER_END = 0x20;
    private static final int ERROR_OCCURRED = 0x40;
    private static final int PAPER_NEAR_END = 0x0C;
    private static final int PAPER_END = 0x60;

    private final Duration readTimeout;

    EscPosStatusQuery(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** UNKNOWN when any of the requests goes unanswered within the read timeout. */
    PrinterStatus ask(PrinterLink link) throws IOException {
        discardPending(link.in());
        OptionalInt printer = ask(link, 1);
        if (printer.isEmpty()) {
            return PrinterStatus.UNKNOWN;
        }
        OptionalInt offlineCause = ask(link, 2);
        OptionalInt paper = offlineCause.isPresent() ? ask(link, 4) : OptionalInt.empty();
        if (paper.isEmpty()) {
            return PrinterStatus.UNKNOWN;
        }
        return decode(printer.getAsInt(), offlineCause.getAsInt(), paper.getAsInt());
    }

    /**
     * Sends {@code DLE EOT 1} after a job and waits for the answer: a printer answers real-time requests in
     * the order the bytes arrive, so an answer means it has received the whole job (not that it has printed).
     */
    boolean confirmReceipt(PrinterLink link, Duration within) throws IOException {
        InputStream in = link.in();
        discardPending(in);
        link.out().write(EscPosCommands.statusRequest(1));
        link.out().flush();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() - deadline < 0) {
            int b;
            try {
                b = in.read();
            } catch (InterruptedIOException notYet) {
                continue;
            }
            if (b < 0) {
                return false;
            }
            if (isStatusReply(b)) {
                return true;
            }
        }
        return false;
    }

    /** The most specific cause wins: a printer with its cover open also reports itself offline. */
    static PrinterStatus decode(int printer, int offlineCause, int paper) {
        if ((offlineCause & COVER_OPEN) != 0) {
            return PrinterStatus.COVER_OPEN;
        }
        if ((paper & PAPER_END) != 0 || (offlineCause & STOPPED_BY_PAPER_END) != 0) {
            return PrinterStatus.PAPER_OUT;
        }
        if ((offlineCause & ERROR_OCCURRED) != 0) {
            return PrinterStatus.ERROR;
        }
        if ((printer & PRINTER_OFFLINE) != 0) {
            return PrinterStatus.OFFLINE;
        }
        if ((paper & PAPER_NEAR_END) != 0) {
            return PrinterStatus.PAPER_NEAR_END;
        }
        return PrinterStatus.READY;
    }

    static boolean isStatusReply(int b) {
        return (b & REPLY_MASK) == REPLY_PATTERN;
    }

    private OptionalInt ask(PrinterLink link, int n) throws IOException {
        OutputStream out = link.out();
        out.write(EscPosCommands.statusRequest(n));
        out.flush();
        return reply(link.in());
    }

    private OptionalInt reply(InputStream in) throws IOException {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            int b;
            try {
                b = in.read();
            } catch (InterruptedIOException timedOut) {
                return OptionalInt.empty();
            }
            if (b < 0) {
                return OptionalInt.empty();
            }
            if (isStatusReply(b)) {
                return OptionalInt.of(b);
            }
        }
        return OptionalInt.empty();
    }

    /** A late reply to an earlier request must not be taken for the answer to this one. */
    private static void discardPending(InputStream in) throws IOException {
        for (int i = 0; i < MAX_STALE_BYTES && in.available() > 0; i++) {
            if (in.read() < 0) {
                return;
            }
        }
    }
}
