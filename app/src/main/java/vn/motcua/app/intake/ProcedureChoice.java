package vn.motcua.app.intake;

import vn.motcua.core.catalogue.Procedure;

/** A procedure in the search list: its code, name and legal processing time as the clerk reads them. */
public record ProcedureChoice(Procedure procedure, String code, String name, String processingTime) {
    @Override
    public String toString() {
        return code + " — " + name;
    }
}
