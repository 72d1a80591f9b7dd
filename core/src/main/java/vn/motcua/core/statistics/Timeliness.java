package vn.motcua.core.statistics;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The on-time rule of Decision 766 (DOMAIN §8): a dossier is on time when processing ended no later than its
 * legal due time and it was sent back for a supplement at most once; more than one supplement request makes it
 * late whatever the dates. Extensions (Mẫu 04) do not move the legal due time: an apology is still late.
 */
public enum Timeliness {
    ON_TIME,
    /** Ended after the legal due time (and at most one supplement request). */
    LATE,
    /** More than one supplement request (whether or not it also ended after the due time). */
    LATE_BY_SUPPLEMENTS,
    /** Not ended yet and not past due at the reference time. */
    OPEN,
    /** Not ended yet and already past due at the reference time. */
    OPEN_OVERDUE,
    /** No legal due time (refused, waiting for a supplement asked at intake, withdrawn before acceptance). */
    NOT_APPLICABLE;

    public static final int MAX_SUPPLEMENT_REQUESTS = 1;

    public static Timeliness of(DossierRecord dossier, LocalDateTime asOf) {
        Optional<LocalDateTime> due = dossier.legalDue();
        if (due.isEmpty()) {
            return NOT_APPLICABLE;
        }
        if (dossier.processedAt().isEmpty()) {
            if (dossier.status().isFinal()) {
                return NOT_APPLICABLE;
            }
            return asOf.isAfter(due.get()) ? OPEN_OVERDUE : OPEN;
        }
        if (dossier.supplementRequests() > MAX_SUPPLEMENT_REQUESTS) {
            return LATE_BY_SUPPLEMENTS;
        }
        return dossier.processedAt().get().isAfter(due.get()) ? LATE : ON_TIME;
    }

    public boolean isEnded() {
        return this == ON_TIME || this == LATE || this == LATE_BY_SUPPLEMENTS;
    }

    public boolean isLate() {
        return this == LATE || this == LATE_BY_SUPPLEMENTS;
    }
}
