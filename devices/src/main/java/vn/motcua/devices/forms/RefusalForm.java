package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.util.Objects;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.StatusChange;

/** Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the reason the citizen is given in writing. */
public record RefusalForm(FormOffice office, Dossier dossier, String reason, LocalDate issuedOn, String clerkName)
        implements FormContent {

    public RefusalForm {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(issuedOn, "issuedOn");
        reason = reason == null ? "" : reason;
        clerkName = clerkName == null ? "" : clerkName;
    }

    /** Dated and reasoned by the dossier's refusal (status 3, its note). */
    public static RefusalForm of(Dossier dossier, FormOffice office) {
        StatusChange refusal = CommonValues.lastMoveTo(dossier, DossierStatus.NOT_RECEIVED)
                .orElseThrow(() -> new IllegalArgumentException("Dossier " + dossier.code() + " was not refused"));
        return new RefusalForm(office, dossier, refusal.note(), refusal.at().toLocalDate(), "");
    }

    public RefusalForm signedBy(String clerk) {
        return new RefusalForm(office, dossier, reason, issuedOn, clerk);
    }

    @Override
    public FormKind kind() {
        return FormKind.REFUSAL;
    }

    @Override
    public String reference() {
        return dossier.code().value();
    }

    @Override
    public FormValues values() {
        return CommonValues.of(office, dossier, issuedOn)
                .text("reason", reason)
                .text("clerkName", clerkName)
                .build();
    }
}
