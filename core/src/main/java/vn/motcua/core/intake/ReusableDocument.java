package vn.motcua.core.intake;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.StoredFileRef;

/**
 * A digitised copy the state already holds for this owner and component: from an earlier dossier in this
 * office's store, or from the national data store. Reusing it means the citizen need not hand in paper again.
 */
public record ReusableDocument(StoredFileRef file, String componentCode, String componentName,
        DossierCode fromDossier, LocalDateTime digitisedAt, boolean fromNationalStore) {
    public ReusableDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(componentCode, "componentCode");
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(fromDossier, "fromDossier");
        Objects.requireNonNull(digitisedAt, "digitisedAt");
    }
}
