package vn.motcua.devices.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrintedTicket;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.queue.TicketPrinter;

/**
 * A real ESC/POS ticket printer. Each ticket opens the link, asks the status, refuses when the printer
 * cannot print, sends the raster, waits for the printer to confirm receipt and closes the link. Never throws
 * and never blocks without bound: the link's timeouts cover connects and reads, and a watchdog closes a link
 * whose writes stall.
 */
public final class EscPosTicketPrinter implements TicketPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(EscPosTicketPrinter.class);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ticket-printer-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    /** Three requests, each of which may wait up to twice the read timeout while skipping stray bytes. */
    private static final int STATUS_READ_BUDGET = 7;

    private final PrinterLink link;
    private final TicketRenderer renderer;
    private final EscPosStatusQuery statusQuery;
    private final WhenSilent whenSilent;
    private final Duration statusTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;

    public EscPosTicketPrinter(PrinterSettings settings) {
        this(PrinterLink.forSettings(settings), settings);
    }

    /** With a link of the caller's own, e.g. a printer reached through a tunnel. */
    public EscPosTicketPrinter(PrinterLink link, PrinterSettings settings) {
        this.link = link;
        this.renderer = new TicketRenderer(settings.paperWidth());
        this.statusQuery = new EscPosStatusQuery(settings.readTimeout());
        this.whenSilent = settings.whenSilent();
        this.statusTimeout = settings.readTimeout().multipliedBy(STATUS_READ_BUDGET);
        this.writeTimeout = settings.writeTimeout();
        this.readTimeout = settings.readTimeout();
    }

    /** OFFLINE when the printer cannot be reached at all, UNKNOWN when it does not answer. */
    @Override
    public synchronized PrinterStatus status() {
        if (!open()) {
            return PrinterStatus.OFFLINE;
        }
        try {
            return askStatus();
        } finally {
            link.close();
        }
    }

    @Override
    public synchronized PrintOutcome print(PrintedTicket ticket) {
        byte[] job = EscPosCommands.ticketJob(renderer.render(ticket));
        if (!open()) {
            return PrintOutcome.failed(PrinterStatus.OFFLINE, PrinterProblem.UNREACHABLE.key());
        }
        try {
            PrinterStatus before = askStatus();
            Optional<PrinterProblem> refusal = whenSilent.refusal(before);
            if (refusal.isPresent()) {
                LOG.warn("Ticket not sent to {}: printer status {}", link, before);
                return PrintOutcome.failed(before, refusal.get().key());
            }
            return send(job, before);
        } finally {
            link.close();
        }
    }

    private boolean open() {
        try {
            link.open();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot open ticket printer {}: {}", link, e.toString());
            return false;
        }
    }

    private PrinterStatus askStatus() {
        try {
            return guarded(statusTimeout, () -> statusQuery.ask(link));
        } catch (IOException e) {
            LOG.warn("Status request to {} failed: {}", link, e.toString());
            return PrinterStatus.UNKNOWN;
        }
    }

    /**
     * A printer that answered the status request must also confirm receipt of the job; one that never
     * answers cannot, so for it the link only makes sure the bytes have left.
     */
    private PrintOutcome send(byte[] job, PrinterStatus before) {
        Duration budget = writeTimeout.plus(link.transferTime(job.length));
        try {
            boolean delivered = guarded(budget.plus(readTimeout.multipliedBy(2)), () -> {
                link.out().write(job);
                link.out().flush();
                if (before == PrinterStatus.UNKNOWN) {
                    link.endJob();
                    return true;
                }
                return statusQuery.confirmReceipt(link, budget);
            });
            if (delivered) {
                return PrintOutcome.printed(before);
            }
            LOG.warn("{} took the ticket's bytes but did not confirm them within {}", link, budget);
        } catch (IOException e) {
            LOG.warn("Ticket to {} failed after status {}: {}", link, before, e.toString());
        }
        return PrintOutcome.failed(before, PrinterProblem.IO_ERROR.key());
    }

    /** Runs the call; if it is still running when the time is up, closing the link makes it fail. */
    private <T> T guarded(Duration timeout, IoCall<T> call) throws IOException {
        ScheduledFuture<?> alarm = WATCHDOG.schedule(link::close, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw new IOException("Printer link failed", e);
        } finally {
            alarm.cancel(false);
        }
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T run() throws IOException;
    }
}
