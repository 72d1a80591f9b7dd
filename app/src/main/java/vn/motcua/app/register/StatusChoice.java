package vn.motcua.app.register;

import java.util.Optional;
import vn.motcua.core.dossier.DossierStatus;

/** One entry of the register's status filter: a status, or every status when empty. */
public record StatusChoice(Optional<DossierStatus> status, String label) {

    @Override
    public String toString() {
        return label;
    }
}
