package vn.motcua.devices.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.print.PageFormat;
import java.lang.reflect.Proxy;
import java.util.List;
import javax.print.PrintService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPageable;
import org.junit.jupiter.api.Test;

class FormPrinterTest {

    @Test
    void anUnknownPrinterNameIsAClearErrorListingThePrintersTheSystemHas() {
        assertThatThrownBy(() -> FormPrinter.named("Máy in quầy 9", List.of(service("HP_LaserJet_M404"),
                service("Canon_LBP2900"))))
                .isInstanceOf(FormPrinterNotFoundException.class)
                .hasMessageContaining("\"Máy in quầy 9\" not found")
                .hasMessageContaining("HP_LaserJet_M404, Canon_LBP2900");
    }

    @Test
    void withNoPrintersAtAllTheErrorSaysSo() {
        assertThatThrownBy(() -> FormPrinter.named("HP_LaserJet_M404", List.of()))
                .isInstanceOf(FormPrinterNotFoundException.class)
                .hasMessageContaining("the system has no printers");
    }

    @Test
    void theSystemLookupFailsCleanlyForAPrinterThatDoesNotExist() {
        assertThatThrownBy(() -> FormPrinter.named("motcua-no-such-printer-7f3a"))
                .isInstanceOf(FormPrinterNotFoundException.class)
                .satisfies(e -> assertThat(((FormPrinterNotFoundException) e).printerName())
                        .isEqualTo("motcua-no-such-printer-7f3a"));
    }

    @Test
    void aPrinterIsFoundByItsNameIgnoringCase() {
        FormPrinter printer = FormPrinter.named("hp_laserjet_m404 ", List.of(service("Canon_LBP2900"),
                service("HP_LaserJet_M404")));

        assertThat(printer.printerName()).isEqualTo("HP_LaserJet_M404");
    }

    @Test
    void theReceiptIsPrintedAsTwoA5PagesAtActualSize() throws Exception {
        byte[] pdf = new FormRenderer(FormTemplates.bundled()).render(SampleForms.receipt());

        try (PDDocument document = new FormPdf(pdf).open()) {
            PDFPageable pageable = FormPrinter.pageable(document);

            assertThat(pageable.getNumberOfPages()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                PageFormat format = pageable.getPageFormat(i);
                assertThat(format.getOrientation()).isEqualTo(PageFormat.PORTRAIT);
                assertThat(format.getWidth()).isCloseTo(PDRectangle.A5.getWidth(), within(0.5));
                assertThat(format.getHeight()).isCloseTo(PDRectangle.A5.getHeight(), within(0.5));
                assertThat(pageable.getPrintable(i)).isNotNull();
            }
        }
    }

    /** A stand-in print service: only its name is asked for. */
    private static PrintService service(String name) {
        return (PrintService) Proxy.newProxyInstance(FormPrinterTest.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
