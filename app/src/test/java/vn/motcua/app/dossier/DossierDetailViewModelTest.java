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
        DossierDetailViewModel model = new DossierDetailViewModel(dossier.code(), desk.services.dossiers(),
                desk.services.intake(), desk.services.intakeForms(), desk.services.store().issuedForms(),
                desk.services.store().dueDateChanges(), desk.services::syncStateOf, desk.executor, desk.messages(),
                desk.clock, "lan.nt", "Nguyễn Thị Lan");
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
        detail.returnResult("Vũ Đình Khải");

        assertThat(detail.statusProperty().get()).isEqualTo("Đã trả kết quả");
        assertThat(desk.services.dossiers().find(dossier.code()).orElseThrow().status())
                .isEqualTo(DossierStatus.RESULT_RETURNED);
        detail.printControlSheet();
        assertThat(pdfText(desk.services.store().issuedForms().of(dossier.code()).getLast()))
                .contains("Phòng Giáo dục và Đào tạo", dossier.code().value());
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
