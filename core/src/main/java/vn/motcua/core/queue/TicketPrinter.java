package vn.motcua.core.queue;

/**
 * Port: the kiosk's ticket printer (ESC/POS over TCP, serial or USB, or a virtual one in training mode).
 * The status is asked before every ticket so a ticket is never counted as waiting when it did not print.
 */
public interface TicketPrinter {

    PrinterStatus status();

    /** Prints one ticket; the result says whether the citizen holds a paper ticket now. */
    PrintOutcome print(PrintedTicket ticket);
}
