package vn.motcua.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.StoredFileRef;

/** The intake screen's state on the real store and the demo catalogue, without a window. */
class IntakeViewModelTest {
    static final String CARD_QR = "079190001234|025123456|Nguyễn Thị Hồng Nhung|15031990|Nữ|"
            + "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh|20042021";
    static final String APPLICATION = "DEMO.TP.001.01";
    static final String ID_PAPERS = "DEMO.TP.001.02";

    @TempDir
    Path directory;

    private TestDesk desk;
    private IntakeViewModel intake;

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        intake = screen();
    }

    private IntakeViewModel screen() {
        IntakeViewModel model = new IntakeViewModel(desk.services.intake(), desk.services.catalogue(),
                desk.services.intakeForms(), desk.services.store().dossierTickets(), java.util.Optional.empty(),
                desk.executor, desk.messages(), desk.clock, "lan.nt", "Nguyễn Thị Lan",
                desk.services.settings().agencyName());
        model.start();
        return model;
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private StoredFileRef scan(String name) {
        return desk.services.store().files().put(new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)),
                "application/pdf", name + ".pdf");
    }

    private void chooseCopyOfDiploma(IntakeViewModel model) {
        model.procedureQueryProperty().set("cap ban sao van bang");
        assertThat(model.procedures()).extracting(ProcedureChoice::code).first().isEqualTo("DEMO.GD.001");
        model.choose(model.procedures().getFirst());
    }

    private ChecklistRow row(IntakeViewModel model, String code) {
        return model.checklist().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void findsTheProcedureWithoutAccentsAndListsItsChecklist() {
        chooseCopyOfDiploma(intake);

        assertThat(intake.procedureTitleProperty().get()).isEqualTo(
                "DEMO.GD.001 — Cấp bản sao văn bằng, chứng chỉ từ sổ gốc");
        assertThat(intake.procedures().getFirst().processingTime()).isEqualTo("1 ngày làm việc");
        assertThat(intake.checklist()).extracting(ChecklistRow::code).containsExactly(APPLICATION, ID_PAPERS,
                "DEMO.TP.001.03");
        assertThat(row(intake, APPLICATION).provision()).isEqualTo("Chưa có");
        assertThat(row(intake, APPLICATION).form()).isEqualTo("Bản chính");
    }

    @Test
    void theCardQrFillsTheOwnerAndAnInvalidIdIsNamedWithoutLosingWhatWasTyped() {
        chooseCopyOfDiploma(intake);
        intake.ownerIdProperty().set("07930100");
        intake.ownerNameProperty().set("Nguyễn Thị Hồng Nhung");
        intake.identify();
        assertThat(intake.ownerIdErrorProperty().get())
                .isEqualTo("Số định danh cá nhân có 12 chữ số (CMND cũ có 9 chữ số).");
        assertThat(intake.ownerNameProperty().get()).isEqualTo("Nguyễn Thị Hồng Nhung");

        intake.qrScanned("not a card");
        assertThat(intake.messageProperty().get()).startsWith("Mã QR thiếu thông tin");
        assertThat(intake.messageIsProblemProperty().get()).isTrue();

        intake.qrScanned(CARD_QR);
        assertThat(intake.ownerIdProperty().get()).isEqualTo("079190001234");
        assertThat(intake.addressProperty().get()).isEqualTo("12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh");
        assertThat(intake.ownerIdErrorProperty().get()).isEmpty();
        assertThat(intake.ownerHintProperty().get()).isEqualTo("Nữ · sinh năm 1990 · TP. Hồ Chí Minh");
    }

    @Test
    void acceptsWithTheDueDateOnTheWorkCalendarAndNamesWhatIsMissing() throws Exception {
        chooseCopyOfDiploma(intake);
        intake.qrScanned(CARD_QR);
        intake.attachScanned(APPLICATION, List.of(scan("don")));

        intake.accept();
        assertThat(intake.messageProperty().get())
                .isEqualTo("Thiếu thành phần hồ sơ bắt buộc: Giấy tờ tùy thân của người đề nghị (xuất trình để đối chiếu)");
        assertThat(intake.storedProperty().get()).isNull();

        intake.attachScanned(ID_PAPERS, List.of(scan("cccd")));
        intake.accept();

        Dossier dossier = intake.storedProperty().get();
        assertThat(dossier.code().value()).isEqualTo("000.00.00.H00-261123-0001");
        // 1 working day from Monday 23/11/2026 08:00; Tuesday 24/11 is Vietnamese Culture Day (from 2026).
        assertThat(dossier.dueAt()).contains(LocalDateTime.of(2026, 11, 25, 8, 0));
        assertThat(intake.messageProperty().get()).isEqualTo("Đã tiếp nhận hồ sơ 000.00.00.H00-261123-0001, hẹn trả "
                + "25/11/2026 08:00. Đã lưu phiếu dạng PDF cùng hồ sơ (chưa cấu hình máy in văn bản).");
        assertThat(desk.services.dossiers().find(dossier.code())).isPresent();
        assertThat(desk.services.store().issuedForms().of(dossier.code())).singleElement().satisfies(form -> {
            assertThat(form.kind()).isEqualTo("mau-01");
            assertThat(form.file()).isEqualTo(intake.issuedFormProperty().get());
            assertThat(form.issuedBy()).isEqualTo("lan.nt");
        });
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(desk.services.store().files()
                .open(intake.issuedFormProperty().get()).orElseThrow().readAllBytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("000.00.00.H00-261123-0001", "Nguyễn Thị Hồng Nhung", "GIẤY TIẾP NHẬN HỒ SƠ");
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void theNextDossierOfTheSameCitizenOffersTheDigitisedIdPapersForReuse() {
        chooseCopyOfDiploma(intake);
        intake.qrScanned(CARD_QR);
        intake.attachScanned(APPLICATION, List.of(scan("don")));
        intake.attachScanned(ID_PAPERS, List.of(scan("cccd")));
        intake.accept();
        Dossier first = intake.storedProperty().get();
        desk.clock.advance(Duration.ofHours(2));

        IntakeViewModel next = screen();
        chooseCopyOfDiploma(next);
        next.qrScanned(CARD_QR);
        assertThat(next.messageProperty().get())
                .isEqualTo("Có bản số hóa sẵn cho 2 thành phần — có thể tái sử dụng thay vì nộp lại.");
        assertThat(row(next, ID_PAPERS).canReuse()).isTrue();
        assertThat(row(next, ID_PAPERS).reusable()).isEqualTo(
                "Đã có bản số hóa (hồ sơ " + first.code().value() + ", 23/11/2026)");

        next.reuse(ID_PAPERS);
        next.attachScanned(APPLICATION, List.of(scan("don-2")));
        next.accept();

        assertThat(row(next, ID_PAPERS).provision()).isEqualTo("Tái sử dụng từ hồ sơ " + first.code().value());
        Dossier second = next.storedProperty().get();
        assertThat(second.components().get(1).reused()).isTrue();
        assertThat(second.components().get(1).files()).isEqualTo(first.components().get(1).files());
    }

    @Test
    void refusalAndSupplementNeedAReason() {
        chooseCopyOfDiploma(intake);
        intake.qrScanned(CARD_QR);

        intake.refuse("  ");
        assertThat(intake.messageProperty().get()).isEqualTo("Vui lòng ghi rõ lý do.");

        intake.requestSupplement("Thiếu đơn đề nghị và giấy tờ tùy thân");
        Dossier waiting = intake.storedProperty().get();
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(intake.messageProperty().get()).startsWith("Đã ghi hồ sơ " + waiting.code().value()
                + " chờ bổ sung.");
        assertThat(desk.services.store().issuedForms().of(waiting.code())).extracting(f -> f.kind())
                .containsExactly("mau-02");
    }
}
