package vn.motcua.devices.forms;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints rendered forms on a named office printer through the operating system's print service (CUPS,
 * Windows spooler). Each page keeps its own paper size (A5 receipts, A4 letters) and is printed at actual size.
 * {@link #print} blocks until the job is spooled: callers run it off the JavaFX thread.
 */
public final class FormPrinter {
    private final PrintService service;

    private FormPrinter(PrintService service) {
        this.service = service;
    }

    /**
     * @param printerName as the operating system names the printer; compared ignoring case
     * @throws FormPrinterNotFoundException when no printer has that name
     */
    public static FormPrinter named(String printerName) {
        return named(printerName, Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null)));
    }

    static FormPrinter named(String printerName, List<PrintService> available) {
        Objects.requireNonNull(printerName, "printerName");
        return available.stream()
                .filter(s -> s.getName().strip().equalsIgnoreCase(printerName.strip()))
                .findFirst()
                .map(FormPrinter::new)
                .orElseThrow(() -> new FormPrinterNotFoundException(printerName,
                        available.stream().map(PrintService::getName).toList()));
    }

    public String printerName() {
        return service.getName();
    }

    /**
     * @param jobName shown in the print queue; a form and dossier code, never a citizen's name
     * @throws PrinterException when the print service refuses the job
     */
    public void print(byte[] pdf, String jobName) throws PrinterException, IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setPageable(pageable(document));
            job.setJobName(jobName);
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(jobName, null));
            job.print(attributes);
        }
    }

    /**
     * Each page at actual size on its own paper size, centred when the tray holds larger paper: a form is never
     * shrunk, so what the clerk saw on screen is what the citizen signs.
     */
    static PDFPageable pageable(PDDocument document) {
        return new PDFPageable(document, Orientation.PORTRAIT, false, 0, true);
    }
}
