package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.StatusChange;

/**
 * Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what is missing, why, and whom to ask.
 *
 * @param missing the components still to hand in (the intake checklist's missing items)
 */
public record SupplementRequestForm(FormOffice office, Dossier dossier, List<RequiredComponent> missing,
        String reason, Guide guide, LocalDate issuedOn) implements FormContent {

    public SupplementRequestForm {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(issuedOn, "issuedOn");
        missing = List.copyOf(missing);
        reason = reason == null ? "" : reason;
    }

    /** Dated and reasoned by the dossier's latest supplement request (its status note). */
    public static SupplementRequestForm of(Dossier dossier, FormOffice office, List<RequiredComponent> missing,
            Guide guide) {
        StatusChange request = CommonValues.lastMoveTo(dossier, DossierStatus.SUPPLEMENT_REQUESTED)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Dossier " + dossier.code() + " has no supplement request"));
        return new SupplementRequestForm(office, dossier, missing, request.note(), guide, request.at().toLocalDate());
    }

    @Override
    public FormKind kind() {
        return FormKind.SUPPLEMENT_REQUEST;
    }

    @Override
    public String reference() {
        return dossier.code().value();
    }

    @Override
    public FormValues values() {
        return CommonValues.of(office, dossier, issuedOn)
                .text("reason", reason)
                .text("guideName", guide.name())
                .text("guidePhone", guide.phone())
                .rows("missing", missing.stream()
                        .map(c -> Map.of("name", c.name(), "form", c.form().name(),
                                "quantity", String.valueOf(c.quantity())))
                        .toList())
                .build();
    }
}
