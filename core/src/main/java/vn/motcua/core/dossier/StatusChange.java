package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

/** One row of a dossier's status history; {@code from} is null for the first row. */
public record StatusChange(DossierStatus from, DossierStatus to, LocalDateTime at, String actor, String note) {
    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        note = note == null ? "" : note;
    }
}
