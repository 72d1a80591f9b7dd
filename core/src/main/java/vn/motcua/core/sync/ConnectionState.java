package vn.motcua.core.sync;

/** What the status bar shows about the link to the province. */
public enum ConnectionState {
    /** The last call reached the province. */
    ONLINE,
    /** The last call failed (no network, timeout, the province busy); retrying with backoff. */
    OFFLINE,
    /** No sync settings: the desk works alone and keeps everything in its outbox. */
    NOT_CONFIGURED,
    /** Too many failures in a row: waiting before trying again. */
    CIRCUIT_OPEN;

    public String messageKey() {
        return "syncConnection." + name();
    }
}
