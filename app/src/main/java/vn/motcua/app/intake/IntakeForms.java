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
import vn.motcua.devices.forms.FormContent;
import vn.motcua.devices.forms.FormOffice;
import vn.motcua.devices.forms.FormPrinter;
import vn.motcua.devices.forms.FormRenderer;
import vn.motcua.devices.forms.Guide;
import vn.motcua.devices.forms.ReceiptForm;
import vn.motcua.devices.forms.RefusalForm;
import vn.motcua.devices.forms.SupplementRequestForm;

/**
 * The paper that goes with each intake decision: Mẫu 01 for an accepted dossier, Mẫu 02 for a supplement
 * request, Mẫu 03 for a refusal. Each PDF is kept in the store (so it can be reprinted exactly) and printed on the
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
        byte[] pdf = renderer.render(form);
        StoredFileRef file = files.put(new ByteArrayInputStream(pdf), MEDIA_TYPE, kind(dossier) + "-"
                + dossier.code().value() + ".pdf");
        issued.record(dossier.code(), new IssuedForm(kind(dossier), file,
                LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE), clerk));
        return new PrintableForm(file, pdf);
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
