package vn.motcua.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.devices.forms.FormTemplates;

class RegisterViewModelTest {
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    @TempDir
    Path directory;
    @TempDir
    Path exports;

    private TestDesk desk;
    private List<Dossier> dossiers;
    private RegisterViewModel register;

    @BeforeEach
    void openDesk() {
        desk = TestDesk.open(directory);
        dossiers = desk.threeDossiers("lan.nt");
        register = new RegisterViewModel(desk.services.dossiers(), FormTemplates.bundled(), desk.executor,
                desk.messages(), desk.clock, desk.services.settings().agencyName());
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private List<String> codes() {
        return register.rows().stream().map(RegisterLine::code).toList();
    }

    private static String code(Dossier dossier) {
        return dossier.code().value();
    }

    private StatusChoice choice(DossierStatus status) {
        return register.statusChoices().stream().filter(c -> c.status().equals(Optional.of(status))).findFirst()
                .orElseThrow();
    }

    @Test
    void theCurrentMonthIsListedOldestFirstWithVietnameseStatusAndOfficeTimes() {
        assertThat(register.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(register.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(register.statusProperty().get().label()).isEqualTo("Tất cả trạng thái");

        register.start();

        assertThat(codes()).containsExactly(code(dossiers.get(2)), code(dossiers.get(0)), code(dossiers.get(1)));
        RegisterLine first = register.rows().getFirst();
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.owner()).isEqualTo("Lê Đức Thắng");
        assertThat(first.status()).isEqualTo("Được tiếp nhận");
        assertThat(first.receivedAt()).isEqualTo("16/11/2026 14:05");
        assertThat(first.dueAt()).isEqualTo("20/11/2026 16:00");
        assertThat(first.returnedAt()).isEmpty();
        assertThat(first.contact()).isEqualTo("Phường Mẫu · 0912345678");
        assertThat(register.summaryProperty().get()).isEqualTo("3 hồ sơ nhận từ 01/11/2026 đến 30/11/2026");
        assertThat(register.errorProperty().get()).isEmpty();
        assertThat(register.busyProperty().get()).isFalse();
    }

    @Test
    void datesStatusAndTextWithoutAccentsNarrowTheList() {
        register.fromProperty().set(NOV_20);
        register.toProperty().set(NOV_20);
        register.search();
        assertThat(codes()).containsExactly(code(dossiers.get(0)), code(dossiers.get(1)));

        register.textProperty().set("bich ngoc");
        register.search();
        assertThat(codes()).containsExactly(code(dossiers.get(1)));

        register.textProperty().set("");
        register.fromProperty().set(LocalDate.of(2026, 11, 1));
        Dossier returned = dossiers.get(0)
                .moveTo(DossierStatus.PROCESSED, LocalDateTime.of(2026, 11, 23, 8, 30), "lan.nt", "")
                .moveTo(DossierStatus.RESULT_RETURNED, LocalDateTime.of(2026, 11, 23, 9, 5), "lan.nt", "Đã ký nhận");
        desk.services.dossiers().save(returned);
        register.statusProperty().set(choice(DossierStatus.RESULT_RETURNED));
        register.search();

        assertThat(register.rows()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(code(returned));
            assertThat(line.status()).isEqualTo("Đã trả kết quả");
            assertThat(line.returnedAt()).isEqualTo("23/11/2026 09:05");
            assertThat(line.note()).isEqualTo("Đã ký nhận");
        });
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedInVietnameseAndKeepsTheList() {
        register.start();
        register.fromProperty().set(LocalDate.of(2026, 11, 30));
        register.toProperty().set(LocalDate.of(2026, 11, 1));

        register.search();

        assertThat(register.errorProperty().get()).isEqualTo("Ngày kết thúc phải cùng hoặc sau ngày bắt đầu.");
        assertThat(register.rows()).hasSize(3);

        register.toProperty().set(null);
        register.search();
        assertThat(register.errorProperty().get()).startsWith("Hãy chọn cả ngày bắt đầu và ngày kết thúc");
    }

    @Test
    void theListedPeriodExportsToAnExcelWorkbook() throws IOException {
        register.fromProperty().set(NOV_20);
        register.toProperty().set(NOV_20);
        register.search();

        register.exportXlsx(exports.resolve("so-thang-11"));

        Path file = exports.resolve("so-thang-11.xlsx");
        assertThat(register.noticeProperty().get()).isEqualTo("Đã xuất 2 hồ sơ ra tệp so-thang-11.xlsx.");
        assertThat(register.errorProperty().get()).isEmpty();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheet("Sổ theo dõi hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .startsWith(desk.services.settings().agencyName());
            Row first = sheet.getRow(4);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(code(dossiers.get(0)));
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
            assertThat(first.getCell(7).getLocalDateTimeCellValue()).isEqualTo(NOV_20.atTime(8, 15));
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Trần Thị Bích Ngọc");
        }
    }

    @Test
    void theListedPeriodExportsToTheLandscapePaperRegister() throws IOException {
        register.start();
        assertThat(register.suggestedFileName("pdf")).isEqualTo("so-theo-doi-ho-so_01-11-2026_30-11-2026.pdf");

        register.exportPdf(exports.resolve("so.PDF"));

        assertThat(register.noticeProperty().get()).isEqualTo("Đã xuất 3 hồ sơ ra tệp so.PDF.");
        try (PDDocument document = Loader.loadPDF(exports.resolve("so.PDF").toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SỔ THEO DÕI HỒ SƠ", code(dossiers.get(1)), "Trần Thị Bích Ngọc",
                    "Lê Đức Thắng", "Từ ngày 01/11/2026 đến ngày 30/11/2026");
        }
    }

    @Test
    void aFailedExportSaysSoInVietnameseAndLeavesNoFile() throws IOException {
        register.start();
        Path notADirectory = Files.writeString(exports.resolve("tep-thuong"), "");

        register.exportXlsx(notADirectory.resolve("so.xlsx"));

        assertThat(register.errorProperty().get()).startsWith("Chưa xuất được sổ ra tệp so.xlsx.");
        assertThat(register.noticeProperty().get()).isEmpty();
        assertThat(register.busyProperty().get()).isFalse();
        try (Stream<Path> files = Files.list(exports)) {
            assertThat(files).containsExactly(notADirectory);
        }
    }
}
