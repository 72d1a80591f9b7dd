package vn.motcua.devices.forms;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.StatusChange;

/** Thông báo dừng giải quyết hồ sơ (Circular 03/2025), for a dossier in status 8 Dừng xử lý. */
public record StopNotice(FormOffice office, Dossier dossier, String reason, LocalDateTime stoppedAt,
        String signerName) implements FormContent {

    public StopNotice {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        reason = reason == null ? "" : reason;
        signerName = signerName == null ? "" : signerName;
    }

    /** Dated and reasoned by the dossier's move to status 8 (its note). */
    public static StopNotice of(Dossier dossier, FormOffice office) {
        StatusChange stop = CommonValues.lastMoveTo(dossier, DossierStatus.STOPPED)
                .orElseThrow(() -> new IllegalArgumentException("Dossier " + dossier.code() + " was not stopped"));
        return new StopNotice(office, dossier, stop.note(), stop.at(), "");
    }

    public StopNotice signedBy(String signer) {
        return new StopNotice(office, dossier, reason, stoppedAt, signer);
    }

    @Override
    public FormKind kind() {
        return FormKind.STOP_NOTICE;
    }

    @Override
    public String reference() {
        return dossier.code().value();
    }

    @Override
    public FormValues values() {
        FormValues.Builder values = CommonValues.of(office, dossier, stoppedAt.toLocalDate())
                .text("reason", reason)
                .text("signerName", signerName);
        Formats.moment(values, "stopped", Optional.of(stoppedAt));
        return values.build();
    }
}
