package vn.motcua.core.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.ResultDelivery;

/**
 * A dossier being taken in at the counter, before it has a code: the procedure, the owner once identified, the
 * checklist of required components with how each was provided, the number of sets and where the result goes.
 * Immutable; the clerk's screen keeps the latest value, so nothing typed is lost when a step is refused.
 */
public record IntakeDraft(Procedure procedure, Optional<DossierOwner> owner, List<ChecklistItem> checklist, int sets,
        ResultDelivery delivery, Optional<DossierCode> code) {
    public IntakeDraft {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(code, "code");
        checklist = List.copyOf(checklist);
        if (sets < 1) {
            throw new IllegalArgumentException("At least one set");
        }
    }

    public IntakeDraft withOwner(DossierOwner identified, List<ChecklistItem> lookedUp) {
        return new IntakeDraft(procedure, Optional.of(identified), lookedUp, sets, delivery, code);
    }

    public IntakeDraft withSets(int count) {
        return new IntakeDraft(procedure, owner, checklist, count, delivery, code);
    }

    public IntakeDraft withDelivery(ResultDelivery chosen) {
        return new IntakeDraft(procedure, owner, checklist, sets, chosen, code);
    }

    /**
     * @throws IllegalArgumentException when the procedure requires no component with that code
     */
    public IntakeDraft provide(String componentCode, Provision provision) {
        boolean found = checklist.stream().anyMatch(item -> item.required().code().equals(componentCode));
        if (!found) {
            throw new IllegalArgumentException("The procedure requires no component " + componentCode);
        }
        return new IntakeDraft(procedure, owner, checklist.stream()
                .map(item -> item.required().code().equals(componentCode) ? item.with(provision) : item)
                .toList(), sets, delivery, code);
    }

    /** The dossier code drawn before acceptance, because scanned files carry it in their metadata. */
    public IntakeDraft withCode(DossierCode reserved) {
        return new IntakeDraft(procedure, owner, checklist, sets, delivery, Optional.of(reserved));
    }

    public List<ChecklistItem> missing() {
        return checklist.stream().filter(ChecklistItem::blocksAcceptance).toList();
    }
}
