package vn.motcua.store;

/**
 * The dossier was changed elsewhere (another window or desk on the same data) after this copy was read:
 * its stored status history is not a prefix of this copy's. Saving would lose that change, so nothing
 * was saved; read the dossier again and redo the change.
 */
public class StaleDossierException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StaleDossierException(String dossierCode, int storedRows, int copyRows) {
        super("Dossier " + dossierCode + " was changed elsewhere: the store has " + storedRows
                + " status rows that this copy (" + copyRows + " rows) does not extend. Nothing was saved.");
    }
}
