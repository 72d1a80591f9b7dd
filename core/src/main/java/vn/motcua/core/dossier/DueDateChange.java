package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** An extension of a dossier's due time, with the apology's reason (Mẫu 04). */
public record DueDateChange(Optional<LocalDateTime> from, LocalDateTime to, LocalDateTime at, String actor,
        String reason) {
    public DueDateChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
