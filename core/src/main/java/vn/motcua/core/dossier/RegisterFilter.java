package vn.motcua.core.dossier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.common.FoldedText;

/**
 * Which dossiers a page of the Sổ theo dõi hồ sơ lists.
 *
 * @param from       first day received, inclusive
 * @param to         last day received, inclusive
 * @param statuses   the current statuses to list; empty lists every status
 * @param procedure  only this procedure, when present
 * @param text       part of the dossier code or of the owner's name, accents and case ignored; blank for any
 */
public record RegisterFilter(LocalDate from, LocalDate to, Set<DossierStatus> statuses,
        Optional<ProcedureCode> procedure, String text) {

    public RegisterFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(procedure, "procedure");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The register's period ends before it starts: " + from + " – " + to);
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        text = text == null ? "" : text.strip();
    }

    /** Every dossier received in the period. */
    public static RegisterFilter between(LocalDate from, LocalDate to) {
        return new RegisterFilter(from, to, Set.of(), Optional.empty(), "");
    }

    public RegisterFilter withStatuses(Set<DossierStatus> chosen) {
        return new RegisterFilter(from, to, chosen, procedure, text);
    }

    public RegisterFilter withProcedure(ProcedureCode code) {
        return new RegisterFilter(from, to, statuses, Optional.of(code), text);
    }

    public RegisterFilter withText(String typed) {
        return new RegisterFilter(from, to, statuses, procedure, typed);
    }

    /** The text as owner names are matched: without accents, lower case. */
    public String foldedText() {
        return FoldedText.of(text);
    }
}
