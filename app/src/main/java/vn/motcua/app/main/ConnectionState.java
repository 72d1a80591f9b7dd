package vn.motcua.app.main;

/** The desk's link to the provincial one-stop system, as the status bar shows it. */
public enum ConnectionState {
    /** No provincial endpoint is configured: the desk works alone. */
    NOT_CONFIGURED,
    /** Configured but unreachable: work continues offline and is sent later. */
    OFFLINE,
    ONLINE;

    public String messageKey() {
        return "connection." + name();
    }
}
