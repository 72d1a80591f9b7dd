package vn.motcua.devices.register;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.RegisterRow;
import vn.motcua.devices.forms.FormKind;
import vn.motcua.devices.forms.FormTemplates;
import vn.motcua.devices.forms.RegisterForm;

/**
 * The register as an Excel workbook (XLSX): title lines, a frozen header row with an auto filter, one row per
 * dossier, times as real Excel dates. Status words are the paper register's, from its form template.
 * Stateless and thread-safe.
 */
public final class RegisterWorkbook {
    public static final String SHEET_NAME = "Sổ theo dõi hồ sơ";
    public static final String TITLE = "SỔ THEO DÕI HỒ SƠ";
    /** Excel's own format code: {@code mm} after {@code hh} is minutes. */
    public static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
    /** Title, agency and period above the header row. */
    public static final int HEADER_ROW = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private enum Kind { NUMBER, TEXT, TIME }

    private record Column(String header, int widthChars, Kind kind, Function<RegisterRow, Object> value) {
    }

    private final Map<String, String> statusWords;
    private final List<Column> columns;

    public RegisterWorkbook(FormTemplates templates) {
        this.statusWords = Objects.requireNonNull(templates, "templates").load(FormKind.REGISTER).choices()
                .get("entries.status");
        this.columns = List.of(
                new Column("STT", 6, Kind.NUMBER, RegisterRow::number),
                new Column("Mã hồ sơ", 28, Kind.TEXT, row -> row.code().value()),
                new Column("Thủ tục hành chính", 48, Kind.TEXT, RegisterRow::procedureName),
                new Column("Số bộ", 7, Kind.NUMBER, RegisterRow::sets),
                new Column("Người nộp hồ sơ", 26, Kind.TEXT, RegisterRow::ownerName),
                new Column("Địa chỉ", 36, Kind.TEXT, RegisterRow::ownerAddress),
                new Column("Số điện thoại", 14, Kind.TEXT, RegisterRow::ownerPhone),
                new Column("Ngày, giờ nhận", 17, Kind.TIME, row -> Optional.of(row.receivedAt())),
                new Column("Ngày, giờ hẹn trả", 17, Kind.TIME, RegisterRow::dueAt),
                new Column("Trạng thái", 22, Kind.TEXT, row -> statusWords(row.status())),
                new Column("Ngày, giờ trả kết quả", 17, Kind.TIME, RegisterRow::returnedAt),
                new Column("Cán bộ xử lý", 16, Kind.TEXT, RegisterRow::lastActor),
                new Column("Ghi chú", 36, Kind.TEXT, RegisterRow::lastNote));
    }

    /** Replaces {@code target} whole, or leaves it as it was when writing fails. */
    public void write(RegisterForm register, Path target) {
        try {
            ExportedFile.write(target, out -> write(register, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the register to " + target, e);
        }
    }

    public void write(RegisterForm register, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            describe(workbook, register);
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            titleLines(sheet, styles, register);
            header(sheet, styles);
            List<RegisterRow> rows = register.rows();
            for (int i = 0; i < rows.size(); i++) {
                entry(sheet.createRow(HEADER_ROW + 1 + i), styles, rows.get(i));
            }
            int last = HEADER_ROW + rows.size();
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, columns.size() - 1));
            sheet.createFreezePane(0, HEADER_ROW + 1);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, columns.get(i).widthChars() * 256);
            }
            workbook.write(out);
        }
    }

    private String statusWords(DossierStatus status) {
        return statusWords == null ? status.name() : statusWords.getOrDefault(status.name(), status.name());
    }

    /** Title only: no personal data goes into the document's properties. */
    private static void describe(XSSFWorkbook workbook, RegisterForm register) {
        var properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(SHEET_NAME + " " + register.reference());
        properties.setCreator("MotCua Desk");
    }

    private void titleLines(Sheet sheet, Styles styles, RegisterForm register) {
        titleLine(sheet, 0, TITLE, styles.title);
        titleLine(sheet, 1, text(register.agencyName()) + " - Bộ phận tiếp nhận và trả kết quả", styles.subtitle);
        titleLine(sheet, 2, "Từ ngày " + DATE.format(register.from()) + " đến ngày " + DATE.format(register.to())
                + ". Tổng số: " + register.rows().size() + " hồ sơ. In lúc "
                + DATE_TIME.format(register.printedAt()) + ".", styles.subtitle);
    }

    private void titleLine(Sheet sheet, int index, String text, CellStyle style) {
        Cell cell = sheet.createRow(index).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns.size() - 1));
    }

    private void header(Sheet sheet, Styles styles) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
        }
    }

    private void entry(Row sheetRow, Styles styles, RegisterRow row) {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = sheetRow.createCell(i);
            Object value = column.value().apply(row);
            switch (column.kind()) {
                case NUMBER -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(styles.number);
                }
                case TEXT -> {
                    cell.setCellValue(text((String) value));
                    cell.setCellStyle(styles.text);
                }
                case TIME -> {
                    ((Optional<?>) value).ifPresent(time -> cell.setCellValue((LocalDateTime) time));
                    cell.setCellStyle(styles.time);
                }
            }
        }
    }

    /** Composed Unicode, so every Vietnamese letter is one character in Excel's filters and searches. */
    private static String text(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** A workbook allows few styles: each is made once and shared by all cells. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle time;

        Styles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, 14));
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(font(workbook, true, 11));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setWrapText(true);
            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.CENTER);
            time = bordered(workbook);
            time.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
            time.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            return font;
        }
    }
}
