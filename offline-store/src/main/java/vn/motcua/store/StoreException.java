package vn.motcua.store;

/**
 * The offline store could not do what was asked: the database or the file area failed, or the data
 * would break one of the store's rules. The message says which, without personal data.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
