package vn.motcua.core.dossier;

import java.util.List;

/** Port: the forms issued for each dossier, in the order they were issued. */
public interface IssuedForms {

    /**
     * Records a form whose file is already in the {@link ScannedFileStore}.
     *
     * @throws IllegalArgumentException when the dossier is not stored
     */
    void record(DossierCode dossier, IssuedForm form);

    List<IssuedForm> of(DossierCode dossier);
}
