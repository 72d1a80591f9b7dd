package vn.motcua.core.dossier;

import java.util.List;

/** Port: the result files kept with each dossier, in the order they were attached. */
public interface ResultFiles {

    /**
     * Records a result whose file is already in the {@link ScannedFileStore}, in one transaction.
     *
     * @throws IllegalArgumentException when the dossier is not stored
     */
    void attach(DossierCode dossier, ResultFile result);

    List<ResultFile> of(DossierCode dossier);
}
