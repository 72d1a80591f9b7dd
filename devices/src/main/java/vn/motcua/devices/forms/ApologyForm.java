package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.Dossier;

/**
 * Mẫu 04 Văn bản xin lỗi và đề nghị gia hạn: the dossier is late; the office apologises and names a new due
 * time. The original due time is the dossier's.
 */
public record ApologyForm(FormOffice office, Dossier dossier, String reason, LocalDateTime newDueAt,
        LocalDate issuedOn, String signerName) implements FormContent {

    public ApologyForm {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(newDueAt, "newDueAt");
        Objects.requireNonNull(issuedOn, "issuedOn");
        reason = reason == null ? "" : reason;
        signerName = signerName == null ? "" : signerName;
        if (dossier.dueAt().map(newDueAt::isBefore).orElse(false)) {
            throw new IllegalArgumentException("The new due time cannot be before the original one");
        }
    }

    public static ApologyForm of(Dossier dossier, FormOffice office, String reason, LocalDateTime newDueAt,
            LocalDate issuedOn) {
        return new ApologyForm(office, dossier, reason, newDueAt, issuedOn, "");
    }

    public ApologyForm signedBy(String signer) {
        return new ApologyForm(office, dossier, reason, newDueAt, issuedOn, signer);
    }

    @Override
    public FormKind kind() {
        return FormKind.APOLOGY;
    }

    @Override
    public String reference() {
        return dossier.code().value();
    }

    @Override
    public FormValues values() {
        FormValues.Builder values = CommonValues.of(office, dossier, issuedOn)
                .text("reason", reason)
                .text("signerName", signerName);
        Formats.moment(values, "newDue", Optional.of(newDueAt));
        return values.build();
    }
}
