package vn.motcua.store.sqlite;

/**
 * How hard a write transaction's commit is pushed to disk (SQLite's {@code synchronous}, in WAL mode).
 * Both keep the database consistent when the process is killed; they differ only on power loss or an
 * operating-system crash.
 */
public enum Durability {
    /** fsync of the WAL at every commit: the commit survives a power cut. Dossiers, accounts, files. */
    FULL("FULL"),
    /**
     * No fsync at commit: the last commits before a power cut may be lost, never half-applied, and they
     * become durable with the next FULL commit, because the WAL is one append-only file whose fsync
     * covers every earlier frame.
     */
    NORMAL("NORMAL");

    private final String pragmaValue;

    Durability(String pragmaValue) {
        this.pragmaValue = pragmaValue;
    }

    String pragmaValue() {
        return pragmaValue;
    }
}
