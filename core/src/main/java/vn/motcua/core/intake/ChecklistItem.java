package vn.motcua.core.intake;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.StoredFileRef;

/** One line of the intake checklist: what the procedure requires and how it was provided. */
public record ChecklistItem(RequiredComponent required, Provision provision, List<ReusableDocument> reusable) {
    public ChecklistItem {
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(provision, "provision");
        reusable = List.copyOf(reusable);
    }

    public boolean blocksAcceptance() {
        return required.mandatory() && !provision.provided();
    }

    ChecklistItem with(Provision replaced) {
        return new ChecklistItem(required, replaced, reusable);
    }

    /** The component as the dossier records it, with the digitised / reused / national-store flags set. */
    DossierComponent toComponent() {
        return switch (provision) {
            case Provision.Scanned scanned -> component(true, false, false, scanned.files());
            case Provision.Reused reused -> component(true, true, reused.document().fromNationalStore(),
                    List.of(reused.document().file()));
            case Provision.Missing missing -> component(false, false, false, List.of());
            case Provision.PaperOnly paper -> component(false, false, false, List.of());
        };
    }

    private DossierComponent component(boolean digitised, boolean reused, boolean national,
            List<StoredFileRef> files) {
        return new DossierComponent(required.code(), required.name(), required.form(), required.quantity(),
                digitised, reused, national, files);
    }
}
