package vn.motcua.core.queue;

/** A ticket issued for printing and the paper to print for it. */
record TicketToPrint(Ticket ticket, PrintedTicket paper) {
}
