package vn.motcua.core.queue;

/** Something staff should see to soon although the ticket was issued. */
public enum StaffWarning {
    PAPER_NEAR_END("queue.warning.paperNearEnd"),
    PRINTER_NO_REPLY("queue.warning.printerNoReply"),
    /**
     * The ticket printed but the queue's store went away before it could join the queue: the kiosk adds it as soon
     * as the store is back (centre mode).
     */
    NOT_YET_WAITING("queue.warning.notYetWaiting");

    private final String messageKey;

    StaffWarning(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
