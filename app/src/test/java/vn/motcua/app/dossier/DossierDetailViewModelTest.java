package vn.motcua.app.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.IssuedForm;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.devices.pdf.SignedPdfs;

/** A received dossier's later life on the real store: handling, lateness with Mẫu 04, and the return. */
class DossierDetailViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private Dossier dossier;

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        // Received Monday 23/11/2026 07:35, due Wednesday 25/11 08:00 (Tuesday 24/11 is a holiday).
        dossier = desk.receive(6, "Vũ Đình Khải", "024088004321", LocalDateTime.of(2026, 11, 23, 7, 35),
                Optional.of(LocalDateTime.of(2026, 11, 25, 8, 0)), "lan.nt");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private DossierDetailViewModel screen() {
        DossierDetailViewModel model = new DossierDetailViewModel(dossier.code(), desk.services.dossierRecords(),
                desk.services.intake(), desk.services.intakeForms(), desk.services::syncStateOf, desk.executor,
                desk.messages(), desk.clock, "lan.nt", "Nguyễn Thị Lan");
        model.load();
        return model;
    }

    private String pdfText(IssuedForm form) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(desk.services.store().files().open(form.file()).orElseThrow()
                .readAllBytes())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void showsTheDossierAndOffersOnlyTheStepsItsStatusAllows() {
        DossierDetailViewModel detail = screen();

        assertThat(detail.titleProperty().get()).isEqualTo(dossier.code().value());
        assertThat(detail.ownerProperty().get()).isEqualTo("Vũ Đình Khải · 024*******21");
        assertThat(detail.statusProperty().get()).isEqualTo("Được tiếp nhận");
        assertThat(detail.datesProperty().get()).isEqualTo("Tiếp nhận 23/11/2026 07:35 · hẹn trả 25/11/2026 08:00");
        assertThat(detail.canStartProcessingProperty().get()).isTrue();
        assertThat(detail.canFinishProcessingProperty().get()).isFalse();
        assertThat(detail.canReturnProperty().get()).isFalse();
        assertThat(detail.history()).extracting(HistoryRow::what).containsExactly("Được tiếp nhận");
        assertThat(detail.syncProperty().get()).isEqualTo("Đồng bộ với tỉnh: chờ gửi");
    }

    @Test
    void aLateDossierIsExtendedWithTheApologyFormAndThenReturned() throws Exception {
        DossierDetailViewModel detail = screen();
        detail.startProcessing("Phòng Giáo dục và Đào tạo");
        assertThat(detail.statusProperty().get()).isEqualTo("Đang xử lý");

        desk.clock.advance(Duration.ofDays(3)); // Thursday 26/11: past the due time
        detail.load();
        assertThat(detail.lateProperty().get()).isTrue();
        assertThat(detail.datesProperty().get()).endsWith(" · Đã quá hạn");

        detail.extend(LocalDateTime.of(2026, 11, 30, 16, 0), "");
        assertThat(detail.messageProperty().get()).isEqualTo("Vui lòng ghi rõ lý do.");
        detail.extend(LocalDateTime.of(2026, 11, 30, 16, 0), "Chờ xác minh văn bằng gốc");

        assertThat(detail.lateProperty().get()).isFalse();
        assertThat(detail.messageProperty().get()).startsWith("Đã gia hạn hồ sơ.");
        assertThat(detail.history()).extracting(HistoryRow::what).contains("Gia hạn đến 30/11/2026 16:00");
        IssuedForm apology = desk.services.store().issuedForms().of(dossier.code()).getLast();
        assertThat(apology.kind()).isEqualTo("mau-04");
        assertThat(detail.papers()).extracting(HistoryRow::what)
                .containsExactly("Mẫu 04 – Văn bản xin lỗi và hẹn lại");
        assertThat(pdfText(apology)).contains(dossier.code().value(), "Vũ Đình Khải", "Chờ xác minh văn bằng gốc",
                "30/11/2026");

        detail.finishProcessing();
        assertThat(detail.canReturnProperty().get()).isTrue();
        detail.returnResult(ResultDelivery.AT_COUNTER, "Vũ Đình Khải");

        assertThat(detail.statusProperty().get()).isEqualTo("Đã trả kết quả");
        assertThat(desk.services.dossiers().find(dossier.code()).orElseThrow().status())
                .isEqualTo(DossierStatus.RESULT_RETURNED);
        detail.printControlSheet();
        assertThat(pdfText(desk.services.store().issuedForms().of(dossier.code()).getLast()))
                .contains("Phòng Giáo dục và Đào tạo", dossier.code().value());
    }

    @Test
    void theAgencysSignedResultIsCheckedAndKeptThenHandedOverByPost() throws Exception {
        DossierDetailViewModel detail = screen();
        assertThat(detail.canAttachResultProperty().get()).isFalse();
        detail.startProcessing("Phòng Tư pháp");
        detail.finishProcessing();
        assertThat(detail.canAttachResultProperty().get()).isTrue();
        SignedPdfs agency = new SignedPdfs("Phòng Tư pháp quận Ba Đình");
        byte[] signed = agency.sign(SignedPdfs.unsigned("x"));

        detail.attachResultFile(write("trich-luc.pdf", signed));

        assertThat(detail.messageIsProblemProperty().get()).isFalse();
        assertThat(detail.messageProperty().get())
                .isEqualTo("Đã đính kèm kết quả: chữ ký số của Phòng Tư pháp quận Ba Đình, còn nguyên vẹn.");
        ResultFile kept = desk.services.store().resultFiles().of(dossier.code()).getFirst();
        assertThat(kept.source()).isEqualTo(ResultFile.Source.RECEIVED_FILE);
        assertThat(kept.attachedBy()).isEqualTo("lan.nt");
        assertThat(desk.services.store().files().open(kept.file()).orElseThrow().readAllBytes()).isEqualTo(signed);
        assertThat(detail.papers()).extracting(HistoryRow::what, HistoryRow::note).contains(org.assertj.core.api.Assertions
                .tuple("Kết quả – tệp điện tử", "chữ ký số của Phòng Tư pháp quận Ba Đình, còn nguyên vẹn · trich-luc.pdf"));

        detail.returnResult(ResultDelivery.PUBLIC_POST, "EMS 123456789VN");

        Dossier returned = desk.services.dossiers().find(dossier.code()).orElseThrow();
        assertThat(returned.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.delivery()).isEqualTo(ResultDelivery.PUBLIC_POST);
        assertThat(returned.history().getLast().note()).isEqualTo("EMS 123456789VN");
    }

    @Test
    void aBrokenSignatureAWrongTypeAndADamagedPdfAreRefusedWithTheirReasonAndNothingIsKept() throws Exception {
        DossierDetailViewModel detail = screen();
        detail.startProcessing("Phòng Tư pháp");
        byte[] tampered = new SignedPdfs("Phòng Tư pháp").sign(SignedPdfs.unsigned("x"));
        tampered[10] ^= 0x01;

        detail.attachResultFile(write("ket-qua.pdf", tampered));
        assertThat(detail.messageIsProblemProperty().get()).isTrue();
        assertThat(detail.messageProperty().get()).startsWith("Chữ ký số trên tệp không khớp với nội dung");

        detail.attachResultFile(write("ket-qua.docx", "PK\u0003\u0004".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(detail.messageProperty().get()).isEqualTo(
                "Tệp ket-qua.docx không phải PDF, JPEG hay PNG: kết quả chỉ nhận ở các định dạng này.");

        detail.attachResultFile(write("hong.pdf", "%PDF-1.7 broken".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(detail.messageProperty().get()).isEqualTo("Tệp hong.pdf không phải tệp PDF đọc được (tệp hỏng?).");

        assertThat(desk.services.store().resultFiles().of(dossier.code())).isEmpty();
    }

    @Test
    void aPdfChangedAfterSigningIsKeptWithAWarningAndAScanIsKeptUnsigned() throws Exception {
        DossierDetailViewModel detail = screen();
        detail.startProcessing("Phòng Tư pháp");
        byte[] changed = SignedPdfs.retitled(new SignedPdfs("Phòng Tư pháp").sign(SignedPdfs.unsigned("x")), "sửa");

        detail.attachResultFile(write("ket-qua.pdf", changed));
        assertThat(detail.messageIsProblemProperty().get()).isTrue();
        assertThat(detail.messageProperty().get()).contains("nhưng tệp đã bị sửa sau khi ký");

        StoredFileRef scan = desk.services.store().files().put(new java.io.ByteArrayInputStream(
                SignedPdfs.unsigned("scan")), "application/pdf", "ket-qua-quet.pdf");
        detail.resultScanned(java.util.List.of(scan));
        assertThat(detail.messageProperty().get()).isEqualTo("Đã lưu bản quét kết quả.");
        assertThat(desk.services.store().resultFiles().of(dossier.code())).extracting(ResultFile::source,
                r -> r.signature().state()).containsExactly(
                        org.assertj.core.api.Assertions.tuple(ResultFile.Source.RECEIVED_FILE,
                                ResultSignature.State.CHANGED_AFTER_SIGNING),
                        org.assertj.core.api.Assertions.tuple(ResultFile.Source.SCANNED, ResultSignature.State.UNSIGNED));
        assertThat(detail.resultScanTarget("UBND phường").orElseThrow().first()).isEqualTo("KQ");
    }

    private Path write(String name, byte[] bytes) throws java.io.IOException {
        return java.nio.file.Files.write(directory.resolve(name), bytes);
    }

    @Test
    void stoppingNeedsAReasonAndIssuesTheNotice() {
        DossierDetailViewModel detail = screen();
        detail.startProcessing("Phòng Giáo dục và Đào tạo");

        detail.stop("Công dân đề nghị dừng giải quyết");

        assertThat(detail.statusProperty().get()).isEqualTo("Dừng xử lý");
        assertThat(desk.services.store().issuedForms().of(dossier.code())).extracting(IssuedForm::kind)
                .containsExactly("thong-bao-dung");
    }
}
