package vn.motcua.core.statistics;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.dossier.DossierStatus;

/**
 * A dossier as the statistics see it, summarised from its row, status history, due-time extensions, components
 * and the ticket it was taken in on.
 *
 * @param firstStatus        RECEIVED for an accepted dossier, SUPPLEMENT_REQUESTED when the counter asked for
 *                           more at intake, NOT_RECEIVED when refused at once
 * @param legalDue           the due time the timeliness rule counts against: the due time before the first
 *                           extension (Mẫu 04), otherwise the current one (which includes legitimate supplement
 *                           pauses); empty when no legal time applies
 * @param processedAt        when processing ended (first move to status 9, Đã xử lý xong; NgayKetThucXuLy)
 * @param supplementRequests how many times it was sent into status 5 (Yêu cầu bổ sung), at intake or later
 * @param refusedAt          when it was refused (status 3), at intake or after a supplement request
 * @param returnedAt         when the result was returned (status 10)
 * @param counter            the counter it was taken in at, when it was linked to a queue ticket
 */
public record DossierRecord(String code, String procedureCode, LocalDateTime receivedAt, String receivedBy,
        OptionalInt counter, DossierStatus firstStatus, DossierStatus status, Optional<LocalDateTime> legalDue,
        Optional<LocalDateTime> processedAt, int supplementRequests, Optional<LocalDateTime> refusedAt,
        Optional<LocalDateTime> returnedAt, int components, int digitised, int reused, int fromNationalStore) {

    public DossierRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(firstStatus, "firstStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(legalDue, "legalDue");
        Objects.requireNonNull(processedAt, "processedAt");
        Objects.requireNonNull(refusedAt, "refusedAt");
        Objects.requireNonNull(returnedAt, "returnedAt");
        if (supplementRequests < 0 || components < 0 || digitised < 0 || reused < 0 || fromNationalStore < 0
                || digitised > components || reused > components || fromNationalStore > components) {
            throw new IllegalArgumentException("Component and supplement counts must be 0..components");
        }
    }

    /** Taken in at the counter (accepted, or waiting for a supplement asked at intake): what intake norms count. */
    public boolean isIntake() {
        return firstStatus != DossierStatus.NOT_RECEIVED;
    }
}
