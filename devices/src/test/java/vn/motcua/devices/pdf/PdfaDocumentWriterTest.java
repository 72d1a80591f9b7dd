package vn.motcua.devices.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageStep;
import vn.motcua.core.scan.pages.PageTransform;
import vn.motcua.devices.pages.PageImage;
import vn.motcua.devices.pages.PageRenderer;
import vn.motcua.devices.pages.SamplePages;

class PdfaDocumentWriterTest {
    static final DocumentMetadata METADATA = new DocumentMetadata("Giấy khai sinh – 000.00.12.H62-261129-0004",
            "UBND phường Bến Thành", OffsetDateTime.of(2026, 11, 29, 9, 30, 15, 0, ZoneOffset.ofHours(7)),
            "079203001234.GKS", "000.00.12.H62-261129-0004", "000.00.00.G09-KQ002269");

    private final PageRenderer renderer = new PageRenderer();

    private byte[] pdf(List<PageImage> pages) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new PdfaDocumentWriter(METADATA)) {
            for (PageImage page : pages) {
                writer.add(page);
            }
            writer.writeTo(out);
        }
        return out.toByteArray();
    }

    private PageImage page(RawPage raw, ColorMode mode, PageStep... steps) {
        return renderer.render(raw, PageTransform.of(List.of(steps)), mode);
    }

    @Test
    void greyJpegPagesMakeAPdfA2b() throws Exception {
        RawPage raw = SamplePages.grey(SamplePages.textPage(1.2, 1), 0);
        byte[] pdf = pdf(List.of(page(raw, ColorMode.GRAY, new PageStep.Deskew(1.2)),
                page(raw, ColorMode.GRAY, new PageStep.Rotate(1), new PageStep.Crop(100, 100, 2000, 3000))));
        assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(2480 * 72f / 300);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isEqualTo(3000 * 72f / 300);
            PDImageXObject image = firstImage(doc, 0);
            assertThat(image.getStream().getFilters()).containsExactly(COSName.DCT_DECODE);
            assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(1);
        }
        assertThat(pdf.length).as("two grey A4 pages").isBetween(100_000, 2_000_000);
    }

    @Test
    void colourJpegPagesMakeAPdfA2b() throws Exception {
        RawPage raw = SamplePages.colour(SamplePages.textPage(0, 2), 0);
        byte[] pdf = pdf(List.of(page(raw, ColorMode.COLOR)));
        assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = firstImage(doc, 0);
            assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(3);
            int stamp = image.getImage().getRGB(2080, 300);
            assertThat((stamp >> 16) & 0xFF).as("red").isGreaterThan(180);
            assertThat(stamp & 0xFF).as("blue").isLessThan(80);
        }
    }

    @Test
    void blackAndWhitePagesAreCcittG4AndStayTheRightWayRound() throws Exception {
        RawPage raw = SamplePages.grey(SamplePages.textPage(0, 3), 0);
        PageImage bw = page(raw, ColorMode.BLACK_WHITE);
        byte[] pdf = pdf(List.of(bw, page(SamplePages.blackAndWhite(SamplePages.textPage(0, 4), 1), ColorMode.BLACK_WHITE)));
        assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        assertThat(pdf.length / 2).as("bytes per B/W A4 page").isLessThan(150_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = firstImage(doc, 0);
            assertThat(image.getStream().getFilters()).containsExactly(COSName.CCITTFAX_DECODE);
            BufferedImage back = image.getImage();
            for (int y = 0; y < bw.height(); y += 7) {
                for (int x = 0; x < bw.width(); x += 5) {
                    assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                            .isEqualTo(bw.image().getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }

    @Test
    void metadataReadsBack() throws Exception {
        byte[] pdf = pdf(List.of(page(SamplePages.grey(SamplePages.whitePage(), 0), ColorMode.GRAY)));
        PdfaMetadata read = PdfaMetadata.read(new ByteArrayInputStream(pdf));
        assertThat(read.part()).isEqualTo(2);
        assertThat(read.conformance()).isEqualTo("B");
        assertThat(read.document()).isEqualTo(METADATA);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(METADATA.title());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        }
    }

    @Test
    void escapesMarkupInMetadata() throws Exception {
        var tricky = new DocumentMetadata("Tờ khai <số 1> & \"bản sao\"", "UBND", METADATA.created(), "A.B",
                "X-260101-0001", "C&D");
        var out = new ByteArrayOutputStream();
        try (var writer = new PdfaDocumentWriter(tricky)) {
            writer.add(page(SamplePages.grey(SamplePages.whitePage(), 0), ColorMode.BLACK_WHITE));
            writer.writeTo(out);
        }
        assertThat(PdfaMetadata.read(new ByteArrayInputStream(out.toByteArray())).document()).isEqualTo(tricky);
        assertThat(VeraPdf.failures(out.toByteArray(), "2b")).isEmpty();
    }

    @Test
    void aTextLayerMakesItPdfA2uWithSearchableVietnamese() throws Exception {
        PageImage page = page(SamplePages.grey(SamplePages.textPage(0, 5, 3), 0), ColorMode.GRAY);
        var words = List.of(new RecognisedWord("Giấy", 295, 280, 420, 330), new RecognisedWord("tiếp", 430, 280, 540, 330),
                new RecognisedWord("nhận", 550, 280, 680, 330), new RecognisedWord("hồ\u0000sơ☃", 690, 280, 800, 330));
        var out = new ByteArrayOutputStream();
        try (var writer = new PdfaDocumentWriter(METADATA)) {
            writer.add(new PageEncoder().encode(page), words);
            writer.writeTo(out);
        }
        byte[] pdf = out.toByteArray();
        assertThat(VeraPdf.failures(pdf, "2u")).isEmpty();
        assertThat(PdfaMetadata.read(new ByteArrayInputStream(pdf)).conformance()).isEqualTo("U");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Giấy tiếp nhận", "hồsơ");
        }
    }

    @Test
    void refusesAnEmptyDocument() throws Exception {
        try (var writer = new PdfaDocumentWriter(METADATA)) {
            assertThatThrownBy(() -> writer.writeTo(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
        }
    }

    static PDImageXObject firstImage(PDDocument doc, int page) throws java.io.IOException {
        var resources = doc.getPage(page).getResources();
        return (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
    }
}
