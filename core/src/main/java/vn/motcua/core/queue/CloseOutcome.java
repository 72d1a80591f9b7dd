package vn.motcua.core.queue;

/** How the daily close ended an unfinished ticket; its key is stored as the ticket's reason. */
public enum CloseOutcome {
    NOT_PRINTED("queue.closed.notPrinted"),
    NOT_CALLED("queue.closed.notCalled"),
    NOT_ARRIVED("queue.closed.notArrived"),
    LEFT_PARKED("queue.closed.leftParked"),
    FINISH_NOT_RECORDED("queue.closed.finishNotRecorded");

    private final String messageKey;

    CloseOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
