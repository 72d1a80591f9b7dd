package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

/** A paper form issued for a dossier (e.g. "mau-01"), kept as the exact PDF the citizen was given. */
public record IssuedForm(String kind, StoredFileRef file, LocalDateTime issuedAt, String issuedBy) {
    public IssuedForm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("A form has a kind");
        }
    }
}
