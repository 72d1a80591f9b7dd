package vn.motcua.core.sync;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** One change waiting for or sent to the province, as the sync log screen lists it (no personal data). */
public record SyncLogEntry(String dossierCode, String kind, LocalDateTime queuedAt, DossierSyncState.Delivery state,
        int attempts, String lastError, Optional<LocalDateTime> doneAt) {
    public SyncLogEntry {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(state, "state");
        lastError = lastError == null ? "" : lastError;
        Objects.requireNonNull(doneAt, "doneAt");
    }
}
