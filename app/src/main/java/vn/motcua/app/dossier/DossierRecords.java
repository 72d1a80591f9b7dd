package vn.motcua.app.dossier;

import java.util.Objects;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.DueDateChanges;
import vn.motcua.core.dossier.IssuedForms;
import vn.motcua.core.dossier.ResultFiles;
import vn.motcua.core.dossier.ScannedFileStore;

/** Where a dossier's story is kept: the dossier, the forms given out, its extensions and its result files. */
public record DossierRecords(DossierStore dossiers, IssuedForms issued, DueDateChanges extensions, ResultFiles results,
        ScannedFileStore files) {
    public DossierRecords {
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(files, "files");
    }
}
