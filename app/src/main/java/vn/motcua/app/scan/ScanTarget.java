package vn.motcua.app.scan;

import java.util.Objects;
import vn.motcua.core.dossier.DossierCode;

/**
 * What the pages being scanned become: the file of one dossier component, whose metadata names the dossier,
 * the component and the digitised document code (the owner's identifier with the document type; the catalogue
 * has no separate document-type codes yet, so the component code stands in for it).
 */
public record ScanTarget(DossierCode dossier, String componentCode, String componentName, String ownerIdentifier,
        String agencyName) {
    public ScanTarget {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(componentCode, "componentCode");
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(ownerIdentifier, "ownerIdentifier");
        Objects.requireNonNull(agencyName, "agencyName");
    }
}
