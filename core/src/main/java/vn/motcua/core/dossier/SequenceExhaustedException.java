package vn.motcua.core.dossier;

import java.time.LocalDate;

/** This counter has used every number of its block for the day: the clerk must not invent one. */
public class SequenceExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SequenceExhaustedException(AgencyCode agency, LocalDate day, SequenceBlock block) {
        super("Dossier sequence block " + block + " of agency " + agency + " is used up for " + day);
    }
}
