package vn.motcua.core.queue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Issues tickets on paper. The printer's status is asked first, so a ticket is never counted as waiting when it
 * cannot print: the ticket is stored as {@link TicketStatus#PRINTING} (not callable, not ahead of anyone),
 * printed, and only then waiting; if printing fails it is cancelled with the reason.
 *
 * <p>When the queue's store cannot be reached (centre mode, LAN or server down) the kiosk refuses with
 * {@link QueueRefusal#QUEUE_UNAVAILABLE} before printing anything. If the store goes away in the instant between
 * printing and confirming, the citizen keeps the printed ticket: the kiosk confirms it when the store is back
 * ({@link #confirmPending}, also tried before every issue), so the ticket then waits in its original place.
 */
public final class Kiosk {

    /** What to do when the printer does not answer the status request (many cheap printers never do). */
    public enum WhenPrinterSilent {
        /** Issue and print anyway, and warn staff: the default, so a silent printer does not stop the queue. */
        ISSUE_AND_WARN,
        REFUSE
    }

    private final QueueDesk desk;
    private final TicketPrinter printer;
    private final WhenPrinterSilent whenSilent;
    /** Printed tickets whose confirmation did not reach the store; touched under this kiosk's lock. */
    private final Set<TicketId> unconfirmed = new LinkedHashSet<>();

    public Kiosk(QueueDesk desk, TicketPrinter printer, WhenPrinterSilent whenSilent) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.whenSilent = Objects.requireNonNull(whenSilent, "whenSilent");
    }

    public Kiosk(QueueDesk desk, TicketPrinter printer) {
        this(desk, printer, WhenPrinterSilent.ISSUE_AND_WARN);
    }

    public synchronized KioskIssue issue(ServiceId service, Priority priority) {
        PrinterStatus status = printerStatus();
        Optional<QueueRefusal> refusal = refusal(status);
        if (refusal.isPresent()) {
            return new KioskIssue.NotIssued(refusal.get(), status, "");
        }
        QueueResult<TicketToPrint> issued;
        try {
            confirmPending();
            issued = desk.issueForPrinting(service, priority);
        } catch (QueueUnavailableException e) {
            return new KioskIssue.NotIssued(QueueRefusal.QUEUE_UNAVAILABLE, status, "");
        }
        if (issued instanceof QueueResult.Refused<TicketToPrint> refused) {
            return new KioskIssue.NotIssued(refused.reason(), status, "");
        }
        TicketToPrint toPrint = issued.orElseThrow();
        PrintOutcome outcome = print(toPrint.paper(), status);
        if (!outcome.printed()) {
            try {
                desk.cancelUnprinted(toPrint.ticket().id(), outcome.problemKey());
            } catch (QueueUnavailableException e) {
                // The ticket stays PRINTING: never callable nor counted, and closed with its day.
            }
            return new KioskIssue.NotIssued(QueueRefusal.PRINT_FAILED, status, outcome.problemKey());
        }
        try {
            return new KioskIssue.Issued(desk.confirmPrinted(toPrint.ticket().id()), toPrint.paper(),
                    warnings(status));
        } catch (QueueUnavailableException e) {
            unconfirmed.add(toPrint.ticket().id());
            Set<StaffWarning> warnings = EnumSet.of(StaffWarning.NOT_YET_WAITING);
            warnings.addAll(warnings(status));
            return new KioskIssue.Issued(toPrint.ticket(), toPrint.paper(), warnings);
        }
    }

    /**
     * Lets printed tickets whose confirmation could not reach the store join the queue now.
     *
     * @return how many are still waiting for the store
     * @throws QueueUnavailableException when the store is still away (the tickets are kept for the next try)
     */
    public synchronized int confirmPending() {
        for (var pending = unconfirmed.iterator(); pending.hasNext(); ) {
            desk.confirmPrinted(pending.next());
            pending.remove();
        }
        return unconfirmed.size();
    }

    public KioskIssue issue(ServiceId service, PriorityGroup group) {
        return issue(service, Priority.of(group));
    }

    /** A driver that throws has not answered: treated like no reply. */
    private PrinterStatus printerStatus() {
        try {
            return Objects.requireNonNullElse(printer.status(), PrinterStatus.UNKNOWN);
        } catch (RuntimeException e) {
            return PrinterStatus.UNKNOWN;
        }
    }

    private PrintOutcome print(PrintedTicket paper, PrinterStatus before) {
        try {
            return Objects.requireNonNullElse(printer.print(paper), PrintOutcome.failed(before, ""));
        } catch (RuntimeException e) {
            return PrintOutcome.failed(before, "");
        }
    }

    private Optional<QueueRefusal> refusal(PrinterStatus status) {
        return switch (status) {
            case READY, PAPER_NEAR_END -> Optional.empty();
            case PAPER_OUT -> Optional.of(QueueRefusal.PRINTER_PAPER_OUT);
            case COVER_OPEN -> Optional.of(QueueRefusal.PRINTER_COVER_OPEN);
            case OFFLINE -> Optional.of(QueueRefusal.PRINTER_OFFLINE);
            case ERROR -> Optional.of(QueueRefusal.PRINTER_ERROR);
            case UNKNOWN -> whenSilent == WhenPrinterSilent.REFUSE ? Optional.of(QueueRefusal.PRINTER_NO_REPLY)
                    : Optional.empty();
        };
    }

    private static Set<StaffWarning> warnings(PrinterStatus status) {
        return switch (status) {
            case PAPER_NEAR_END -> EnumSet.of(StaffWarning.PAPER_NEAR_END);
            case UNKNOWN -> EnumSet.of(StaffWarning.PRINTER_NO_REPLY);
            default -> EnumSet.noneOf(StaffWarning.class);
        };
    }
}
