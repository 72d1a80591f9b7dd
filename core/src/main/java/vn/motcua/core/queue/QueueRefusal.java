package vn.motcua.core.queue;

/** Why a queue action was not done. Expected at a counter, so returned in a {@link QueueResult}, never thrown. */
public enum QueueRefusal {
    UNKNOWN_SERVICE("queue.refused.unknownService"),
    NOT_A_WORKING_DAY("queue.refused.notWorkingDay"),
    OUTSIDE_ISSUING_HOURS("queue.refused.outsideIssuingHours"),
    DAILY_LIMIT_REACHED("queue.refused.dailyLimit"),
    UNKNOWN_COUNTER("queue.refused.unknownCounter"),
    COUNTER_PAUSED("queue.refused.counterPaused"),
    /** The counter is still calling or serving a ticket: finish, park, transfer or mark it a no-show first. */
    COUNTER_BUSY("queue.refused.counterBusy"),
    NOTHING_WAITING("queue.refused.nothingWaiting"),
    NO_CURRENT_TICKET("queue.refused.noCurrentTicket"),
    RECALL_TOO_SOON("queue.refused.recallTooSoon"),
    /** Announced the allowed number of times: mark it a no-show (call-next does so by itself). */
    RECALL_LIMIT_REACHED("queue.refused.recallLimit"),
    ALREADY_SERVING("queue.refused.alreadyServing"),
    TICKET_NOT_FOUND("queue.refused.ticketNotFound"),
    TICKET_NOT_WAITING("queue.refused.ticketNotWaiting"),
    NOT_A_NO_SHOW("queue.refused.notNoShow"),
    NOT_PARKED_HERE("queue.refused.notParkedHere"),
    TRANSFER_TO_SAME("queue.refused.transferToSame"),
    REASON_REQUIRED("queue.refused.reasonRequired"),
    PRINTER_PAPER_OUT("queue.refused.printer.paperOut"),
    PRINTER_COVER_OPEN("queue.refused.printer.coverOpen"),
    PRINTER_OFFLINE("queue.refused.printer.offline"),
    PRINTER_ERROR("queue.refused.printer.error"),
    /** The printer did not answer the status request and the kiosk is set to refuse then. */
    PRINTER_NO_REPLY("queue.refused.printer.noReply"),
    /** The ticket was issued but did not print; it was cancelled, never left waiting. */
    PRINT_FAILED("queue.refused.printer.printFailed"),
    /** The queue's shared store cannot be reached (centre mode): no number is printed that nobody could call. */
    QUEUE_UNAVAILABLE("queue.refused.queueUnavailable");

    private final String messageKey;

    QueueRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
