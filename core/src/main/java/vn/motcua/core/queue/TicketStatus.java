package vn.motcua.core.queue;

/** Where a ticket is in its life. */
public enum TicketStatus {
    /** Issued at a kiosk whose printer has not yet confirmed the paper: not waiting, not callable. */
    PRINTING,
    WAITING,
    /** Called to a counter (possibly several times), the citizen has not yet sat down. */
    CALLED,
    SERVING,
    /** Put aside by the counter that holds it (the citizen went to copy a paper, pay a fee…). */
    PARKED,
    /** Called the allowed number of times without coming; may be returned to the queue. */
    NO_SHOW,
    FINISHED,
    CANCELLED,
    /** Closed by the daily close while unfinished; the ticket's reason holds the outcome key. */
    CLOSED;

    /** A counter holds the ticket and no other counter may take it. */
    public boolean isHeld() {
        return this == CALLED || this == SERVING || this == PARKED;
    }

    /** Being dealt with at a counter right now; a counter has at most one such ticket. */
    public boolean isActive() {
        return this == CALLED || this == SERVING;
    }

    public boolean isFinal() {
        return this == FINISHED || this == CANCELLED || this == CLOSED;
    }
}
