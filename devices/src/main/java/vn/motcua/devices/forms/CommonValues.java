package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.StatusChange;

/** The values every form prints: letterhead, applicant, procedure and the dossier's received and due times. */
final class CommonValues {
    private CommonValues() {
    }

    static FormValues.Builder of(FormOffice office, Dossier dossier, LocalDate issuedOn) {
        DossierOwner owner = dossier.owner();
        FormValues.Builder values = FormValues.builder()
                .text("agencyName", office.agencyName())
                .text("place", office.place())
                .text("day", "%02d".formatted(issuedOn.getDayOfMonth()))
                .text("month", "%02d".formatted(issuedOn.getMonthValue()))
                .text("year", issuedOn.getYear())
                .text("dossierCode", dossier.code().value())
                .text("procedureName", dossier.procedureName())
                .text("ownerName", owner.name())
                .text("ownerAddress", owner.address())
                .text("ownerPhone", owner.phone())
                .text("ownerEmail", owner.email());
        Formats.moment(values, "received", Optional.of(dossier.receivedAt()));
        Formats.moment(values, "due", dossier.dueAt());
        return values;
    }

    /** The latest move into {@code status}, whose note carries the reason the citizen is given. */
    static Optional<StatusChange> lastMoveTo(Dossier dossier, DossierStatus status) {
        return dossier.history().reversed().stream().filter(change -> change.to() == status).findFirst();
    }
}
