package vn.motcua.store.sqlite;

import vn.motcua.store.StoreException;

/** The database's schema cannot be brought to this version of the desk safely; nothing was changed. */
public class MigrationException extends StoreException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
