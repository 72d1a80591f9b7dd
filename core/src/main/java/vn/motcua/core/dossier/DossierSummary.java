package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.Optional;

/** One row of the clerk's dossier list. */
public record DossierSummary(DossierCode code, String procedureName, String ownerName, String ownerIdentifier,
        DossierStatus status, LocalDateTime receivedAt, Optional<LocalDateTime> dueAt) {
}
