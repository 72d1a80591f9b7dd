package vn.motcua.devices.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.core.statistics.DossierRecord;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.ServiceLeg;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.core.statistics.Timeliness;
import vn.motcua.core.statistics.TicketVisit;
import vn.motcua.devices.register.ExportedFile;

/**
 * The records behind a period's statistics as an Excel workbook, one sheet per kind (tickets, services, ratings,
 * dossiers), so a supervisor can check every figure in a spreadsheet: waits and service times in seconds, times as
 * real Excel dates, a frozen header row with an auto filter. No personal data: tickets and dossiers are named by
 * number and code, clerks by username. Streams rows (POI SXSSF), so a year of tickets fits in little memory; a sheet
 * holds at most {@value #MAX_ROWS} rows and the export is refused beyond that rather than cut.
 */
public final class StatisticsWorkbook {
    public static final int MAX_ROWS = 1_048_575;
    public static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private enum Kind { NUMBER, TEXT, TIME }

    private record Column<R>(String header, int widthChars, Kind kind, Function<R, Object> value) {
    }

    private static final List<Column<TicketVisit>> TICKETS = List.of(
            new Column<>("Mã vé (id)", 10, Kind.NUMBER, v -> v.ticket().value()),
            new Column<>("Dịch vụ", 10, Kind.TEXT, v -> v.service().value()),
            new Column<>("Giờ lấy số", 20, Kind.TIME, v -> Optional.of(v.issuedAt())),
            new Column<>("Phục vụ ngay (không lấy số)", 12, Kind.TEXT, v -> v.walkIn() ? "x" : ""),
            new Column<>("Gọi lần đầu", 20, Kind.TIME, v -> v.firstCall().map(TicketVisit.Call::at)),
            new Column<>("Chờ (giây)", 10, Kind.NUMBER, v -> v.waited().map(d -> (Object) d.toSeconds()).orElse(null)),
            new Column<>("Quầy gọi", 8, Kind.NUMBER, v -> v.firstCall().map(c -> (Object) c.counter()).orElse(null)),
            new Column<>("Cán bộ gọi", 14, Kind.TEXT, v -> v.firstClerk().orElse("")),
            new Column<>("Kết quả", 12, Kind.TEXT, v -> v.outcome().name()),
            new Column<>("Chuyển", 8, Kind.TEXT, v -> v.transferred() ? "x" : ""),
            new Column<>("Hẹn chờ từ (giây)", 12, Kind.NUMBER,
                    v -> v.quote().map(q -> (Object) q.from().toSeconds()).orElse(null)),
            new Column<>("Hẹn chờ đến (giây)", 12, Kind.NUMBER,
                    v -> v.quote().map(q -> (Object) q.to().toSeconds()).orElse(null)));

    private static final List<Column<ServiceLeg>> SERVICES = List.of(
            new Column<>("Mã vé (id)", 10, Kind.NUMBER, l -> l.ticket().value()),
            new Column<>("Dịch vụ", 10, Kind.TEXT, l -> l.service().value()),
            new Column<>("Quầy", 8, Kind.NUMBER, ServiceLeg::counter),
            new Column<>("Cán bộ", 14, Kind.TEXT, l -> l.clerk().orElse("")),
            new Column<>("Gọi", 20, Kind.TIME, l -> Optional.of(l.calledAt())),
            new Column<>("Xong", 20, Kind.TIME, l -> Optional.of(l.finishedAt())),
            new Column<>("Phục vụ (giây)", 12, Kind.NUMBER, l -> l.duration().toSeconds()));

    private static final List<Column<RatingRecord>> RATINGS = List.of(
            new Column<>("Lúc", 20, Kind.TIME, r -> Optional.of(r.at())),
            new Column<>("Quầy", 8, Kind.NUMBER, RatingRecord::counter),
            new Column<>("Cán bộ", 14, Kind.TEXT, r -> r.clerk().orElse("")),
            new Column<>("Mã vé (id)", 10, Kind.NUMBER, r -> r.ticket().map(t -> (Object) t.value()).orElse(null)),
            new Column<>("Mã hồ sơ", 28, Kind.TEXT, r -> r.dossier().orElse("")),
            new Column<>("Mức", 16, Kind.TEXT, r -> r.level().name()),
            new Column<>("Cờ nghi vấn", 12, Kind.TEXT, r -> r.flag().name()),
            new Column<>("Lý do", 30, Kind.TEXT, r -> r.reason().orElse("")));

    private final LocalDateTime asOf;

    /** @param asOf the time open dossiers are judged at (OPEN or OPEN_OVERDUE) */
    public StatisticsWorkbook(LocalDateTime asOf) {
        this.asOf = asOf;
    }

    private List<Column<DossierRecord>> dossiers() {
        return List.of(
                new Column<>("Mã hồ sơ", 28, Kind.TEXT, DossierRecord::code),
                new Column<>("Mã thủ tục", 12, Kind.TEXT, DossierRecord::procedureCode),
                new Column<>("Tiếp nhận lúc", 20, Kind.TIME, d -> Optional.of(d.receivedAt())),
                new Column<>("Cán bộ tiếp nhận", 14, Kind.TEXT, DossierRecord::receivedBy),
                new Column<>("Quầy", 8, Kind.NUMBER, d -> d.counter().isPresent() ? d.counter().getAsInt() : null),
                new Column<>("Trạng thái đầu", 20, Kind.TEXT, d -> d.firstStatus().name()),
                new Column<>("Trạng thái", 20, Kind.TEXT, d -> d.status().name()),
                new Column<>("Hạn theo luật", 20, Kind.TIME, DossierRecord::legalDue),
                new Column<>("Xử lý xong", 20, Kind.TIME, DossierRecord::processedAt),
                new Column<>("Số lần bổ sung", 10, Kind.NUMBER, DossierRecord::supplementRequests),
                new Column<>("Từ chối lúc", 20, Kind.TIME, DossierRecord::refusedAt),
                new Column<>("Trả kết quả", 20, Kind.TIME, DossierRecord::returnedAt),
                new Column<>("Đúng hạn", 20, Kind.TEXT, d -> Timeliness.of(d, asOf).name()),
                new Column<>("Thành phần", 10, Kind.NUMBER, DossierRecord::components),
                new Column<>("Số hóa", 8, Kind.NUMBER, DossierRecord::digitised),
                new Column<>("Tái sử dụng", 10, Kind.NUMBER, DossierRecord::reused),
                new Column<>("Từ kho dữ liệu", 10, Kind.NUMBER, DossierRecord::fromNationalStore));
    }

    /** Replaces {@code target} whole, or leaves it as it was when writing fails. */
    public void write(StatisticsRecords records, String officeName, Path target) {
        try {
            ExportedFile.write(target, out -> write(records, officeName, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the statistics tables to " + target, e);
        }
    }

    public void write(StatisticsRecords records, String officeName, OutputStream out) throws IOException {
        for (int size : new int[] {records.tickets().size(), records.services().size(), records.ratings().size(),
                records.dossiers().size()}) {
            if (size > MAX_ROWS - 2) {
                throw new IllegalArgumentException("More than " + (MAX_ROWS - 2) + " rows for one sheet");
            }
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle("Số liệu thống kê "
                    + DATE.format(records.period().from()) + " - " + DATE.format(records.period().last()));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("MotCua Desk");
            Styles styles = new Styles(workbook);
            String title = officeName + ": " + DATE.format(records.period().from()) + " - "
                    + DATE.format(records.period().last());
            sheet(workbook, styles, "Vé", title, TICKETS, records.tickets());
            sheet(workbook, styles, "Phục vụ", title, SERVICES, records.services());
            sheet(workbook, styles, "Đánh giá", title, RATINGS, records.ratings());
            sheet(workbook, styles, "Hồ sơ", title, dossiers(), records.dossiers());
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static <R> void sheet(SXSSFWorkbook workbook, Styles styles, String name, String title,
            List<Column<R>> columns, List<R> rows) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        Row header = sheet.createRow(1);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns.get(i).widthChars() * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(2 + r);
            for (int i = 0; i < columns.size(); i++) {
                Column<R> column = columns.get(i);
                Object value = column.value().apply(rows.get(r));
                if (value instanceof Optional<?> time) {
                    value = time.orElse(null);
                }
                if (value == null) {
                    continue; // an empty cell, never a zero
                }
                Cell cell = row.createCell(i);
                switch (column.kind()) {
                    case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                    case TEXT -> cell.setCellValue((String) value);
                    case TIME -> {
                        cell.setCellValue((LocalDateTime) value);
                        cell.setCellStyle(styles.time);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, 1 + rows.size()), 0, columns.size() - 1));
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle time;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
        }
    }

}
