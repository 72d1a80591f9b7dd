package vn.motcua.app.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.rating.UnhappyAlertRule;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.statistics.Period;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.demo.DemoQueue;

/** The supervisor's dashboard on a real store, without a window: what it shows after a morning at the counters. */
class SupervisorViewModelTest {
    @TempDir
    Path directory;
    @TempDir
    Path exports;

    private TestDesk desk;
    private UserAccount supervisor;

    @BeforeEach
    void openDesk() {
        desk = TestDesk.open(directory);
        supervisor = desk.account("hoa.pt", "Phạm Thị Hoa", Set.of(Role.SUPERVISOR), "Giam-sat-2026");
        desk.executor.holdScheduled();
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private SupervisorViewModel dashboard(UserAccount account) {
        return SupervisorViewModel.forAccount(account, desk.services.statistics(), desk.services.queue(),
                desk.services.queueStore(), desk.services.statisticsTargets(), UnhappyAlertRule.defaults(), desk.executor,
                desk.messages(),
                desk.clock, "UBND phường Mẫu").orElseThrow();
    }

    /** The test clock starts at Monday 23/11/2026 08:00 and only moves forward. */
    private void at(int hour, int minute) {
        LocalDateTime target = LocalDate.of(2026, 11, 23).atTime(hour, minute);
        LocalDateTime now = LocalDateTime.ofInstant(desk.clock.instant(), desk.clock.getZone());
        desk.clock.advance(Duration.between(now, target));
    }

    /**
     * 08:00 and 08:05 two tickets for certificate copies; counter 1 calls the first at 08:10 and finishes at 08:18
     * (wait 600 s, service 480 s); counter 2 calls the second at 08:25 and finishes at 08:40 (wait 1200 s, service
     * 900 s); a third ticket issued at 08:30 is still waiting at 08:50.
     */
    private void playTheMorning() {
        CounterDesk one = desk.services.queue().counter(1, "lan.nt");
        CounterDesk two = desk.services.queue().counter(2, "minh.lv");
        at(8, 0);
        desk.services.queue().issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        at(8, 5);
        desk.services.queue().issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        at(8, 10);
        one.callNext().orElseThrow();
        at(8, 18);
        one.finish().orElseThrow();
        at(8, 25);
        two.callNext().orElseThrow();
        at(8, 30);
        desk.services.queue().issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        at(8, 40);
        two.finish().orElseThrow();
        at(8, 50);
    }

    private void rate(int counter, String clerk, String level, int minute) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + directory.resolve(OfflineStore.DATABASE_FILE));
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO rating (counter, keypad, key_number, dossier_code, clerk, level, flag, reason,
                                            pressed_at, held_ms)
                        VALUES (?, 'pad', 1, 'H15-261123-' || ?, ?, ?, 'NONE', ?, ?, 0)""")) {
            insert.setInt(1, counter);
            insert.setInt(2, minute);
            insert.setString(3, clerk);
            insert.setString(4, level);
            insert.setString(5, level.equals("UNSATISFIED") ? "Chờ lâu" : null);
            insert.setString(6, LocalDateTime.of(2026, 11, 23, 8, minute)
                    .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS")));
            insert.executeUpdate();
        }
    }

    @Test
    void onlySupervisorsAndAdministratorsGetTheDashboard() {
        UserAccount clerk = desk.clerk();
        assertThat(SupervisorViewModel.forAccount(clerk, desk.services.statistics(), desk.services.queue(),
                desk.services.queueStore(), desk.services.statisticsTargets(), UnhappyAlertRule.defaults(), desk.executor,
                desk.messages(),
                desk.clock, "x")).isEmpty();
        UserAccount admin = desk.account("quan.tri", "Quản Trị", Set.of(Role.ADMIN), "Quan-tri-2026-x");
        assertThat(SupervisorViewModel.forAccount(admin, desk.services.statistics(), desk.services.queue(),
                desk.services.queueStore(), desk.services.statisticsTargets(), UnhappyAlertRule.defaults(), desk.executor,
                desk.messages(),
                desk.clock, "x")).isPresent();
    }

    @Test
    void todaysFiguresAndTheLiveQueue() throws Exception {
        playTheMorning();
        rate(2, "minh.lv", "UNSATISFIED", 41);
        rate(2, "minh.lv", "UNSATISFIED", 42);
        rate(2, "minh.lv", "UNSATISFIED", 43);
        rate(2, "minh.lv", "SATISFIED", 44);
        rate(1, "lan.nt", "VERY_SATISFIED", 19);
        SupervisorViewModel model = dashboard(supervisor);
        model.kindProperty().set(Period.Kind.DAY);
        model.start();

        assertThat(model.periodTextProperty().get()).isEqualTo("Từ 23/11/2026 đến 23/11/2026");
        assertThat(model.kpi("issued").get()).isEqualTo("3");
        assertThat(model.kpi("served").get()).isEqualTo("2");
        // waits 600 s and 1200 s: mean and median 15:00, P90 = 600 + 0.9 × 600 = 1140 s, max 20:00
        assertThat(model.kpi("waitMean").get()).isEqualTo("15:00");
        assertThat(model.kpi("waitP90").get()).isEqualTo("19:00");
        assertThat(model.kpi("waitMax").get()).isEqualTo("20:00");
        assertThat(model.kpi("withinFirst").get()).isEqualTo("50,0 %");
        assertThat(model.kpi("withinSecond").get()).isEqualTo("50,0 %");
        assertThat(model.kpi("serviceMean").get()).isEqualTo("11:30");
        assertThat(model.kpi("satisfied").get()).isEqualTo("40,0 %");
        assertThat(model.byCounter()).extracting(Lines.QueueLine::group, Lines.QueueLine::serviceMean)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Quầy số 1", "8:00"),
                        org.assertj.core.groups.Tuple.tuple("Quầy số 2", "15:00"));
        assertThat(model.reasons()).containsExactly(new Lines.ReasonLine("Chờ lâu", "3"));
        assertThat(model.byHour()).extracting(Lines.QueueLine::group, Lines.QueueLine::issued, Lines.QueueLine::waitMax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("08:00–08:59", "3", "20:00"));
        // both called tickets waited longer than the range printed on their paper
        assertThat(model.kpi("quote").get()).isEqualTo("0,0 %");
        assertThat(model.waitBars()).hasSize(SupervisorViewModel.WAIT_BARS);
        assertThat(model.waitBars().get(2).value()).isEqualTo(1.0); // 600 s: the 10–15 bar
        assertThat(model.waitBars().get(4).value()).isEqualTo(1.0); // 1200 s: the 20–25 bar
        assertThat(model.hourBars()).containsExactly(new Lines.HourBar("08h", 3, 2));
        assertThat(model.scorecard()).isNotEmpty();
        assertThat(model.scorecard()).filteredOn(line -> line.status().startsWith("Máy quầy không tính được"))
                .hasSize(5);

        // live: one ticket waiting since 08:30, 20 minutes, over the 15-minute target; at counter 2, 3 of the 4
        // ratings of the last 15 minutes unhappy: the counter panel's rule (>= 50 % of >= 4 ratings)
        assertThat(model.liveServices()).filteredOn(Lines.LiveServiceLine::overTarget)
                .extracting(Lines.LiveServiceLine::waiting, Lines.LiveServiceLine::longestWait)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "20:00"));
        assertThat(model.alerts()).anyMatch(alert -> alert.contains("20:00"))
                .anyMatch(alert -> alert.equals("Quầy số 2: 3/4 đánh giá không hài lòng trong 15 phút qua."))
                .noneMatch(alert -> alert.startsWith("Quầy số 1"));
        assertThat(model.liveCounters()).extracting(Lines.LiveCounterLine::state).contains("Đang trống");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void theLiveQueueRefreshesItselfUntilStopped() {
        playTheMorning();
        SupervisorViewModel model = dashboard(supervisor);
        model.start();
        assertThat(model.liveServices()).anyMatch(line -> line.waiting().equals("1"));
        desk.services.queue().counter(1, "lan.nt").callNext().orElseThrow();
        desk.clock.advance(SupervisorViewModel.LIVE_REFRESH);
        assertThat(desk.executor.runScheduled()).isEqualTo(1);
        assertThat(model.liveServices()).allMatch(line -> line.waiting().equals("0"));
        model.stop();
        assertThat(desk.executor.runScheduled()).isZero();
    }

    @Test
    void periodsMoveBackAndForth() {
        SupervisorViewModel model = dashboard(supervisor);
        model.kindProperty().set(Period.Kind.QUARTER);
        model.load();
        assertThat(model.periodTextProperty().get()).isEqualTo("Từ 01/10/2026 đến 31/12/2026");
        model.previous();
        assertThat(model.periodTextProperty().get()).isEqualTo("Từ 01/07/2026 đến 30/09/2026");
        model.next();
        model.next();
        assertThat(model.periodTextProperty().get()).isEqualTo("Từ 01/01/2027 đến 31/03/2027");
        model.kindProperty().set(Period.Kind.CUSTOM);
        model.dayProperty().set(LocalDate.of(2026, 11, 20));
        model.customLastProperty().set(LocalDate.of(2026, 11, 10));
        model.load();
        assertThat(model.errorProperty().get()).isEqualTo(desk.messages().get("supervisor.error.period"));
    }

    @Test
    void exportsTheReportAsPdfAndTheRecordsAsExcel() throws Exception {
        playTheMorning();
        rate(1, "lan.nt", "SATISFIED", 19);
        SupervisorViewModel model = dashboard(supervisor);
        model.kindProperty().set(Period.Kind.QUARTER);
        model.load();
        assertThat(model.suggestedFileName("pdf")).isEqualTo("thong-ke_01-10-2026_31-12-2026.pdf");

        model.exportPdf(exports.resolve("bao-cao"));
        Path pdf = exports.resolve("bao-cao.pdf");
        assertThat(model.noticeProperty().get()).contains("bao-cao.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "Từ 01/10/2026 đến 31/12/2026",
                    "Thời gian chờ trung bình", "15:00", "Máy quầy không tính được", "Erlang C", "Quầy số 2",
                    "Cấp bản sao văn"); // the service by its name (wrapped in its cell)
        }

        model.exportXlsx(exports.resolve("so-lieu.xlsx"));
        try (InputStream in = Files.newInputStream(exports.resolve("so-lieu.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Vé").getLastRowNum()).isEqualTo(1 + 3);
            var tickets = workbook.getSheet("Vé");
            assertThat(tickets.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Chờ (giây)");
            assertThat(tickets.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(600.0);
            assertThat(tickets.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(tickets.getRow(4).getCell(5)).as("still waiting: no wait, not zero").isNull();
            assertThat(workbook.getSheet("Phục vụ").getRow(2).getCell(6).getNumericCellValue()).isEqualTo(480.0);
            assertThat(workbook.getSheet("Đánh giá").getRow(2).getCell(5).getStringCellValue())
                    .isEqualTo("SATISFIED");
        }
        assertThat(Map.of("error", model.errorProperty().get())).containsEntry("error", "");
        assertThat(Duration.ZERO).isZero();
    }
}
