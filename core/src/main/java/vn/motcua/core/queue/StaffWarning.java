package vn.motcua.core.queue;

/** Something staff should see to soon although the ticket was issued. */
public enum StaffWarning {
    PAPER_NEAR_END("queue.warning.paperNearEnd"),
    PRINTER_NO_REPLY("queue.warning.printerNoReply");

    private final String messageKey;

    StaffWarning(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
