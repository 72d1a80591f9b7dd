package vn.motcua.core.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Gives the next dossier code for the agency, on today's date in the office's time zone. */
public final class DossierCodeIssuer {
    private final AgencyCode agency;
    private final DossierSequence sequence;
    private final Clock clock;

    public DossierCodeIssuer(AgencyCode agency, DossierSequence sequence, Clock clock) {
        this.agency = Objects.requireNonNull(agency);
        this.sequence = Objects.requireNonNull(sequence);
        this.clock = Objects.requireNonNull(clock);
    }

    public DossierCode next() {
        LocalDate today = LocalDate.now(clock);
        return new DossierCode(agency, today, sequence.next(agency, today));
    }
}
