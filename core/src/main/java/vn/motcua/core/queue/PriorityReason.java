package vn.motcua.core.queue;

/**
 * Why a citizen is served with priority (common practice; the legal articles are unverified, DOMAIN §6).
 */
public enum PriorityReason {
    ELDERLY("queue.priority.elderly"),
    DISABLED("queue.priority.disabled"),
    PREGNANT("queue.priority.pregnant"),
    SMALL_CHILDREN("queue.priority.smallChildren"),
    REVOLUTIONARY_MERIT("queue.priority.revolutionaryMerit");

    private final String messageKey;

    PriorityReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
