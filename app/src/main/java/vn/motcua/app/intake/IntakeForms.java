package vn.motcua.app.intake;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.IssuedForm;
import vn.motcua.core.dossier.IssuedForms;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.devices.forms.ApologyForm;
import vn.motcua.devices.forms.FormContent;
import vn.motcua.devices.forms.FormOffice;
import vn.motcua.devices.forms.FormPrinter;
import vn.motcua.devices.forms.FormRenderer;
import vn.motcua.devices.forms.Guide;
import vn.motcua.devices.forms.HandOff;
import vn.motcua.devices.forms.ProcessControlSheet;
import vn.motcua.devices.forms.ReceiptForm;
import vn.motcua.devices.forms.RefusalForm;
import vn.motcua.devices.forms.StopNotice;
import vn.motcua.devices.forms.SupplementRequestForm;

/**
 * The paper that goes with each step: Mẫu 01 for an accepted dossier, Mẫu 02 for a supplement request, Mẫu 03
 * for a refusal, Mẫu 04 for an extension, the stop notice and the process control sheet. Each PDF is kept in the store (so it can be reprinted exactly) and printed on the
 * office printer when one is configured. Slow: call on the background executor.
 */
public final class IntakeForms {
    public static final String MEDIA_TYPE = "application/pdf";

    private final FormRenderer renderer;
    private final FormOffice office;
    private final ScannedFileStore files;
    private final IssuedForms issued;
    private final Optional<String> printerName;
    private final Clock clock;

    public IntakeForms(FormRenderer renderer, FormOffice office, ScannedFileStore files, IssuedForms issued,
            Optional<String> printerName, Clock clock) {
        this.renderer = Objects.requireNonNull(renderer);
        this.office = Objects.requireNonNull(office);
        this.files = Objects.requireNonNull(files);
        this.issued = Objects.requireNonNull(issued);
        this.printerName = Objects.requireNonNull(printerName);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A PDF made and kept: the file in the store and its bytes, for printing. */
    public record PrintableForm(StoredFileRef file, byte[] pdf) {
    }

    /** The form for the dossier's intake decision, rendered, stored and recorded with the dossier. */
    public PrintableForm issue(Dossier dossier, Procedure procedure, List<RequiredComponent> missing, String clerkName,
            String clerk) {
        FormContent form = switch (dossier.status()) {
            case SUPPLEMENT_REQUESTED -> SupplementRequestForm.of(dossier, office, missing,
                    new Guide(clerkName, ""));
            case NOT_RECEIVED -> RefusalForm.of(dossier, office).signedBy(clerkName);
            default -> ReceiptForm.of(dossier, procedure, office).signedBy(clerkName);
        };
        return keep(dossier, kind(dossier), form, clerk);
    }

    /** Mẫu 04 for a late dossier, made from the dossier as it was before the extension (its legal due time). */
    public PrintableForm apology(Dossier beforeExtension, LocalDateTime newDue, String reason, String signer,
            String clerk) {
        return keep(beforeExtension, "mau-04", ApologyForm.of(beforeExtension, office, reason, newDue,
                now().toLocalDate()).signedBy(signer), clerk);
    }

    /** The notice that handling stopped (status 8), with the reason recorded on the move. */
    public PrintableForm stopNotice(Dossier stopped, String signer, String clerk) {
        return keep(stopped, "thong-bao-dung", StopNotice.of(stopped, office).signedBy(signer), clerk);
    }

    /**
     * Phiếu kiểm soát: one hand-off to the handling agency when processing started, one back when it finished;
     * early, on time or late against the current due time.
     */
    public PrintableForm controlSheet(Dossier dossier, String clerk) {
        List<HandOff> handOffs = new java.util.ArrayList<>();
        String agency = "";
        for (var change : dossier.history()) {
            if (change.to() == DossierStatus.PROCESSING && change.from() == DossierStatus.RECEIVED) {
                agency = change.note();
                handOffs.add(new HandOff(office.agencyName(), agency, change.at(), change.actor(), "", ""));
            } else if (change.to() == DossierStatus.PROCESSED) {
                handOffs.add(new HandOff(agency, office.agencyName(), change.at(), "", change.actor(), ""));
            }
        }
        Optional<LocalDateTime> finished = dossier.history().stream()
                .filter(change -> change.to() == DossierStatus.PROCESSED).map(change -> change.at()).reduce((a, b) -> b);
        return keep(dossier, "phieu-kiem-soat", ProcessControlSheet.of(dossier, office, agency, handOffs, finished),
                clerk);
    }

    private PrintableForm keep(Dossier dossier, String kind, FormContent form, String clerk) {
        byte[] pdf = renderer.render(form);
        StoredFileRef file = files.put(new ByteArrayInputStream(pdf), MEDIA_TYPE,
                kind + "-" + dossier.code().value() + ".pdf");
        issued.record(dossier.code(), new IssuedForm(kind, file, now(), clerk));
        return new PrintableForm(file, pdf);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }

    /** @return false when no office printer is configured (the PDF is kept all the same) */
    public boolean print(PrintableForm form, String jobName) throws Exception {
        if (printerName.isEmpty()) {
            return false;
        }
        FormPrinter.named(printerName.get()).print(form.pdf(), jobName);
        return true;
    }

    static String kind(Dossier dossier) {
        return dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED ? "mau-02"
                : dossier.status() == DossierStatus.NOT_RECEIVED ? "mau-03" : "mau-01";
    }
}
