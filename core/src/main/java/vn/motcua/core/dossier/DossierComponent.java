package vn.motcua.core.dossier;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.catalogue.DocumentForm;

/**
 * A component handed in with a dossier. The three flags feed the Decision 766 digitisation score:
 * {@code digitised} (scanned into a file here), {@code reused} (an existing digitised copy was used
 * instead of paper), {@code fromNationalStore} (taken from the citizen's national data store).
 */
public record DossierComponent(String code, String name, DocumentForm form, int quantity, boolean digitised,
        boolean reused, boolean fromNationalStore, List<StoredFileRef> files) {

    public DossierComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(form, "form");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Component name must not be blank");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("Component quantity must be at least 1");
        }
        files = List.copyOf(files);
    }

    public DossierComponent withFile(StoredFileRef file) {
        var more = new java.util.ArrayList<>(files);
        more.add(file);
        return new DossierComponent(code, name, form, quantity, true, reused, fromNationalStore, more);
    }
}
