package vn.motcua.devices.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.devices.printer.TicketQrReader;

class FormRendererTest {
    private static final FormRenderer RENDERER = new FormRenderer(FormTemplates.bundled());

    static Stream<FormContent> forms() {
        return SampleForms.all().stream();
    }

    private static FormPdf render(FormContent form) {
        return new FormPdf(RENDERER.render(form));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormPrintsTheDossierCodeTheApplicantWithDiacriticsAndTheLetterhead(FormContent form) {
        String text = render(form).flatText();

        assertThat(text).contains(SampleForms.CODE, SampleForms.OWNER, "Cấp bản sao trích lục hộ tịch",
                "UBND PHƯỜNG BA ĐÌNH", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc");
        assertThat(text).doesNotContain("{", "}", "**");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFontIsEmbedded(FormContent form) {
        Map<String, Boolean> fonts = render(form).fonts();

        assertThat(fonts).isNotEmpty().allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
        assertThat(fonts.keySet()).allMatch(name -> name.contains("DejaVuSans"));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theDocumentIsTitledByFormAndCodeInVietnamese(FormContent form) throws Exception {
        try (PDDocument document = render(form).open()) {
            assertThat(document.getDocumentInformation().getTitle()).endsWith(SampleForms.CODE);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(document.getDocumentInformation().getTitle()).doesNotContain(SampleForms.OWNER);
        }
    }

    @Test
    void theReceiptIsOneA5PagePerCopyWithBothCopyLabels() throws Exception {
        FormPdf pdf = render(SampleForms.receipt());

        try (PDDocument document = pdf.open()) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A5.getHeight());
            }
        }
        assertThat(pdf.pageText(1)).contains("Liên 1: Lưu").doesNotContain("Liên 2");
        assertThat(pdf.pageText(2)).contains("Liên 2: Giao khách hàng", SampleForms.CODE, SampleForms.OWNER);
    }

    @Test
    void oneCopyOfTheReceiptCanBeReprinted() {
        FormPdf pdf = new FormPdf(RENDERER.render(SampleForms.receipt(), Copies.only(2)));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("Liên 2: Giao khách hàng").doesNotContain("Liên 1");
        assertThatThrownBy(() -> RENDERER.render(SampleForms.receipt(), Copies.only(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 copies");
    }

    @Test
    void theReceiptPrintsEveryFieldOfMau01() {
        String text = flat(render(SampleForms.receipt()).pageText(1));

        assertThat(text).contains(
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Số 12, ngõ 34 phố Đội Cấn", "0912 345 678", "nhung.nth@example.vn",
                "Tờ khai cấp bản sao trích lục hộ tịch", "Bản chính", "Bản chụp", "Bản sao chứng thực",
                "Số lượng hồ sơ: 1 (bộ)",
                "3 ngày làm việc",
                "08 giờ 05 phút, ngày 10/07/2025",
                "16 giờ 30 phút, ngày 15/07/2025", "Hẹn trả 15/07/2025 16:30",
                "Bộ phận Tiếp nhận và Trả kết quả - UBND PHƯỜNG BA ĐÌNH",
                "33.000 đồng",
                "Quyển số: 03/2025, Số thứ tự: 125",
                "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", SampleForms.CLERK,
                "Hà Nội, ngày 10 tháng 07 năm 2025");
    }

    @Test
    void theOtherFormsPrintTheDueTimeAsDateAndTime() {
        assertThat(render(SampleForms.apology()).flatText()).contains("15/07/2025 16:30", "22/07/2025 10:00",
                "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN", "Cần xác minh thêm thông tin", "Lê Thị Ánh Tuyết");
        assertThat(render(SampleForms.stopNotice()).flatText()).contains("15/07/2025 16:30", "14/07/2025 09:45",
                "Về việc dừng giải quyết hồ sơ", "đề nghị dừng giải quyết hồ sơ bằng văn bản");
        assertThat(render(SampleForms.controlSheet()).flatText()).contains("15/07/2025 16:30", "10/07/2025 08:05",
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Trước hạn", "Trần Quốc Bảo", "Phạm Minh Đức",
                "14/07/2025 09:30", "Trình ký");
    }

    @Test
    void theSupplementRequestListsTheMissingComponentsTheReasonAndTheGuide() {
        String text = render(SampleForms.supplementRequest()).flatText();

        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Thẻ Căn cước công dân của người yêu cầu", "Văn bản ủy quyền có chứng thực",
                "Thiếu bản chụp Căn cước công dân", "024 3823 4567", "NGƯỜI HƯỚNG DẪN", SampleForms.CLERK)
                .doesNotContain("Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)");
    }

    @Test
    void theRefusalGivesTheReasonInWriting() {
        assertThat(render(SampleForms.refusal()).flatText()).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "không thuộc thẩm quyền giải quyết", "NGƯỜI TIẾP NHẬN HỒ SƠ", SampleForms.CLERK);
    }

    @Test
    void theLetterFormsAreA4() throws Exception {
        for (FormContent form : List.of(SampleForms.supplementRequest(), SampleForms.refusal(), SampleForms.apology(),
                SampleForms.stopNotice(), SampleForms.controlSheet())) {
            try (PDDocument document = render(form).open()) {
                assertThat(document.getNumberOfPages()).as(form.kind().name()).isEqualTo(1);
                assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
        }
    }

    @Test
    void aLongComponentListRunsOntoNumberedPagesWithTheTableHeaderRepeated() {
        var dossier = SampleForms.dossier(SampleForms.manyComponents(30), DossierStatus.RECEIVED);
        var receipt = ReceiptForm.of(dossier, SampleForms.procedure(SampleForms.required()), SampleForms.OFFICE);
        FormPdf pdf = new FormPdf(RENDERER.render(receipt, Copies.only(1)));

        assertThat(pdf.pages()).isGreaterThan(2);
        String text = pdf.flatText();
        for (int i = 1; i <= 30; i++) {
            assertThat(text).contains("Giấy tờ chứng minh số " + i + " ");
        }
        for (int page = 1; page <= pdf.pages(); page++) {
            String pageText = pdf.pageText(page);
            assertThat(pageText).contains("Trang " + page + "/" + pdf.pages());
            if (pageText.contains("Giấy tờ chứng minh số")) {
                assertThat(pageText).contains("Tên giấy tờ");
            }
        }
        assertThat(pdf.pageText(2)).contains("Tên giấy tờ");
        assertThat(pdf.pageText(pdf.pages())).contains("NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void theQrCodeOnEveryCopyReadsBackAsTheDossierCode() {
        FormPdf pdf = render(SampleForms.receipt());

        for (int page = 0; page < pdf.pages(); page++) {
            BufferedImage image = pdf.image(page, 200);
            assertThat(TicketQrReader.read(image)).contains(SampleForms.CODE);
        }
    }

    @Test
    void emptyValuesPrintAsLinesToFillInByHand() {
        var dossier = SampleForms.dossier(List.of(), DossierStatus.NEW_REGISTERED);
        String text = new FormPdf(RENDERER.render(
                ReceiptForm.of(dossier, SampleForms.procedure(List.of()), SampleForms.OFFICE), Copies.only(1)))
                .flatText();

        assertThat(text).contains("Quyển số: …………, Số thứ tự: …………", "(Không có)",
                "Thời gian trả kết quả giải quyết hồ sơ: ………… giờ ………… phút, ngày …………");
    }

    @Test
    void valuesTheTemplatePrintsButTheFormLacksAreNamed() {
        FormContent incomplete = new FormContent() {
            @Override
            public FormKind kind() {
                return FormKind.REFUSAL;
            }

            @Override
            public FormValues values() {
                return FormValues.builder().text("dossierCode", SampleForms.CODE).build();
            }

            @Override
            public String reference() {
                return SampleForms.CODE;
            }
        };

        assertThatThrownBy(() -> RENDERER.render(incomplete))
                .isInstanceOf(FormDataException.class)
                .hasMessageContaining("ownerName").hasMessageContaining("reason")
                .hasMessageNotContaining("dossierCode");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormGivesExactlyTheValuesItsKindDeclares(FormContent form) {
        FormFields fields = form.kind().fields();
        FormValues values = form.values();

        assertThat(values.texts().keySet())
                .containsExactlyInAnyOrderElementsOf(union(fields.textNames(), fields.choiceNames()));
        assertThat(values.lists().keySet()).containsExactlyInAnyOrderElementsOf(fields.listNames());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
