package vn.motcua.devices.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.forms.FormRenderer;
import vn.motcua.devices.forms.FormTemplates;

/** The paper register read back with PDFBox. */
class RegisterPdfTest {
    private static final RegisterPdf PDF = new RegisterPdf(new FormRenderer(FormTemplates.bundled()));

    @TempDir
    Path dir;

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theRegisterPrintsCodesOwnersWithDiacriticsAndStatusWordsOnA4Landscape() throws IOException {
        Path file = dir.resolve("so-theo-doi.pdf");
        PDF.write(RegisterSamples.threeLines(), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getWidth());
            String text = text(document, 1);
            assertThat(text).contains("SỔ THEO DÕI HỒ SƠ", "UBND PHƯỜNG BA ĐÌNH", "Từ ngày 01/11/2025 đến ngày 30/11/2025",
                    "000.00.12.H62-251105-0004", "Nguyễn Thị Hồng Nhung", "Đặng Quốc Đạt", "Đã trả kết quả",
                    "Yêu cầu bổ sung", "Trả tại quầy số 2", "Tổng số: 3 hồ sơ");
            assertThat(text).doesNotContain("{", "}", "RESULT_RETURNED");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Sổ theo dõi hồ sơ 01/11/2025 - 30/11/2025");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(RegisterSamples.threeLines()))) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getFontNames()).isNotEmpty();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void aLongRegisterRepeatsTheHeaderRowAndNumbersItsPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(RegisterSamples.lines(80)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            String second = text(document, 2);
            assertThat(second).contains("STT", "Mã hồ sơ", "Người nộp hồ sơ", "Ngày, giờ trả kết quả",
                    "Trang 2/" + pages);
            assertThat(second).doesNotContain("SỔ THEO DÕI HỒ SƠ");
            assertThat(text(document, pages)).contains("Nguyễn Thị Hồng Nhung 80", "Tổng số: 80 hồ sơ");
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            }
        }
    }

    @Test
    void aFailedExportLeavesTheEarlierFile() throws IOException {
        Path file = dir.resolve("so.pdf");
        Files.writeString(file, "bản cũ");
        Path blocked = dir.resolve("khong-phai-thu-muc");
        Files.writeString(blocked, "");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PDF.write(RegisterSamples.threeLines(), blocked.resolve("so.pdf")))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(Files.readString(file)).isEqualTo("bản cũ");
    }
}
