package vn.motcua.core.queue;

/** What a printer answered to the real-time status request, or UNKNOWN when it did not answer. */
public enum PrinterStatus {
    READY, PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, OFFLINE, ERROR, UNKNOWN;

    /** Whether a ticket may be printed in this state. UNKNOWN is decided by configuration. */
    public boolean canPrint() {
        return this == READY || this == PAPER_NEAR_END;
    }
}
