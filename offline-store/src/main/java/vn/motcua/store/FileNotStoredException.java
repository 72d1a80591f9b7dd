package vn.motcua.store;

/**
 * A dossier links a file that is not in the file store. Files are stored before the dossier that links
 * them, so this is a programming error upstream; the dossier was not saved.
 */
public class FileNotStoredException extends StoreException {
    private static final long serialVersionUID = 1L;

    public FileNotStoredException(String dossierCode, String sha256) {
        super("Dossier " + dossierCode + " links file " + sha256
                + " which is not in the file store; store the file first. The dossier was not saved.");
    }
}
