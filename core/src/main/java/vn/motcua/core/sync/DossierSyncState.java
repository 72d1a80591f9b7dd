package vn.motcua.core.sync;

import java.util.Objects;

/**
 * Where a dossier's last change stands with the province.
 *
 * @param message the province's reason for a rejection, or the last transient error of a pending entry
 */
public record DossierSyncState(Delivery delivery, int attempts, String message) {
    public enum Delivery {
        /** Saved here, not yet accepted by the province. */
        PENDING,
        /** The province holds the latest change. */
        SENT,
        /** The province refused it (invalid data): the clerk must correct the dossier; never retried. */
        REJECTED
    }

    public DossierSyncState {
        Objects.requireNonNull(delivery, "delivery");
        message = message == null ? "" : message;
    }
}
