package vn.motcua.core.queue;

/** Where a transferred or returned ticket joins its new queue lane. */
public enum QueuePosition {
    /** Before every ticket not sent to the front. */
    FRONT,
    /** Behind everyone, as if it had just been issued. */
    END,
    /** Where its issue time puts it, as if it had waited in this queue from the start. */
    BY_ORIGINAL_TIME
}
