package vn.motcua.core.queue;

/** What happened to a ticket; every one is stored with its time, counter and clerk. */
public enum TicketEventKind {
    ISSUED,
    /** Each announcement: the first call, every recall, and the call back of a parked ticket. */
    CALLED,
    SERVING,
    FINISHED,
    NO_SHOW,
    PARKED,
    TRANSFERRED,
    /** Back in a queue: a no-show returned, or a transferred ticket returning to its first service. */
    RETURNED,
    CANCELLED,
    CLOSED,
    /** The citizen's accepted satisfaction rating of the service; the note is its level. */
    RATED
}
