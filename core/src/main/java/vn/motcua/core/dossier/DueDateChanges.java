package vn.motcua.core.dossier;

import java.util.List;

/** Port: the extensions of each dossier's due time, oldest first; the first one's {@code from} is the legal due. */
public interface DueDateChanges {

    /** Stores the dossier with its new due time and the change, in one transaction. */
    void extend(Dossier extended, DueDateChange change);

    List<DueDateChange> of(DossierCode dossier);
}
