package vn.motcua.devices.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.forms.FormTemplates;

/** The XLSX register opened back with Apache POI, as Excel would read it. */
class RegisterWorkbookTest {
    private static final RegisterWorkbook WORKBOOK = new RegisterWorkbook(FormTemplates.bundled());

    @TempDir
    Path dir;

    private XSSFWorkbook exported() throws IOException {
        Path file = dir.resolve("so-theo-doi-11-2025.xlsx");
        WORKBOOK.write(RegisterSamples.threeLines(), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter format = new DataFormatter();
        return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> format.formatCellValue(row.getCell(i))).toList();
    }

    @Test
    void theSheetIsTitledAndHeadedInVietnamese() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("Sổ theo dõi hồ sơ");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỔ THEO DÕI HỒ SƠ");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("UBND PHƯỜNG BA ĐÌNH");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .contains("Từ ngày 01/11/2025 đến ngày 30/11/2025", "Tổng số: 3 hồ sơ", "01/12/2025 09:30");
            assertThat(texts(sheet.getRow(RegisterWorkbook.HEADER_ROW))).containsExactly("STT", "Mã hồ sơ",
                    "Thủ tục hành chính", "Số bộ", "Người nộp hồ sơ", "Địa chỉ", "Số điện thoại", "Ngày, giờ nhận",
                    "Ngày, giờ hẹn trả", "Trạng thái", "Ngày, giờ trả kết quả", "Cán bộ xử lý", "Ghi chú");
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Sổ theo dõi hồ sơ 01/11/2025 - 30/11/2025");
        }
    }

    @Test
    void oneRowPerDossierWithVietnameseTextIntactAndStatusWords() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(RegisterWorkbook.HEADER_ROW + 3);
            List<String> first = texts(sheet.getRow(RegisterWorkbook.HEADER_ROW + 1));
            assertThat(first).containsExactly("1", "000.00.12.H62-251105-0004", "Cấp bản sao trích lục hộ tịch",
                    "1", "Nguyễn Thị Hồng Nhung", "12 Lê Lợi, phường Bến Thành", "0901234567", "05/11/2025 08:15",
                    "07/11/2025 16:15", "Đã trả kết quả", "07/11/2025 15:45", "canbo.c", "Trả tại quầy số 2");
            List<String> second = texts(sheet.getRow(RegisterWorkbook.HEADER_ROW + 2));
            assertThat(second.get(4)).isEqualTo("Đặng Quốc Đạt");
            assertThat(second.get(8)).as("no due time").isEmpty();
            assertThat(second.get(9)).isEqualTo("Yêu cầu bổ sung");
            assertThat(sheet.getRow(RegisterWorkbook.HEADER_ROW + 1).getCell(0).getCellType())
                    .isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void timesAreRealExcelDatesFormattedAsTheOfficeWritesThem() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            var received = workbook.getSheetAt(0).getRow(RegisterWorkbook.HEADER_ROW + 1).getCell(7);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(received.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 11, 5, 8, 15));
        }
    }

    @Test
    void theHeaderIsFrozenFilteredAndColumnsAreSized() throws IOException {
        try (XSSFWorkbook workbook = exported()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (RegisterWorkbook.HEADER_ROW + 1));
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:M7");
            assertThat(sheet.getColumnWidth(2)).isEqualTo(48 * 256);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void anExportReplacesTheOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("so.xlsx");
        Files.writeString(file, "bản cũ");

        WORKBOOK.write(RegisterSamples.lines(40), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(RegisterWorkbook.HEADER_ROW + 40);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anEmptyPeriodStillHasItsTitleAndHeader() throws IOException {
        Path file = dir.resolve("trong.xlsx");
        WORKBOOK.write(RegisterSamples.lines(0), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(RegisterWorkbook.HEADER_ROW);
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).contains("Tổng số: 0 hồ sơ");
        }
    }
}
