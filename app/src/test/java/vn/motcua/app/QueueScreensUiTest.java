package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.app.board.BoardLine;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.core.account.Role;
import vn.motcua.core.queue.FollowUpCode;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.devices.printer.EmulatedPrinterState;
import vn.motcua.devices.printer.EscPosDecoder;
import vn.motcua.devices.printer.LoopbackEscPosPrinter;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.printer.TicketQrReader;

/**
 * Single-office mode end to end, headless: a citizen takes a ticket at the kiosk (printed over TCP on the
 * loopback ESC/POS printer), the clerk at counter 3 calls it with F2, the display board shows it and the call
 * is announced.
 */
@ExtendWith(ApplicationExtension.class)
class QueueScreensUiTest {
    @TempDir
    Path directory;

    private LoopbackEscPosPrinter printer;
    private TestDesk desk;
    private JavaFxTaskExecutor executor;
    private DeskShell shell;
    private Stage mainStage;

    @Start
    void start(Stage stage) throws Exception {
        printer = new LoopbackEscPosPrinter(EmulatedPrinterState.OK);
        executor = new JavaFxTaskExecutor(2);
        DeviceSettings devices = new DeviceSettings(PrinterSettings.tcp(printer.host(), printer.port()), List.of());
        desk = TestDesk.open(directory, executor, devices);
        desk.account("lan.nt", "Nguyễn Thị Lan", Set.of(Role.CLERK), "Quay-so-3-2026");
        mainStage = stage;
        shell = new DeskShell(stage, desk.services);
        shell.showLogin();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(shell::close);
        executor.close();
        desk.close();
        printer.close();
    }

    private static void until(BooleanSupplier condition) throws Exception {
        waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void kioskTicketIsPrintedCalledAtTheCounterShownOnTheBoardAndAnnounced(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("lan.nt");
        robot.clickOn("#password").write("Quay-so-3-2026");
        robot.type(KeyCode.ENTER);
        until(() -> showing(robot, "#counterPanel"));

        robot.interact(() -> shell.publicScreens().openKiosk());
        until(() -> showing(robot, "#kioskService-B"));
        robot.clickOn("#kioskService-B");
        // The labels change one after another on the JavaFX thread: wait for the last one too.
        until(() -> text(robot, "#kioskTicketNumber").equals("B001")
                && !text(robot, "#kioskTicketDetails").isEmpty());
        assertThat(text(robot, "#kioskTicketDetails")).startsWith("Số người đang chờ trước ông/bà: 0");

        List<byte[]> sessions = printer.awaitSessions(2, Duration.ofSeconds(10));
        Optional<EscPosDecoder.DecodedJob> job = sessions.stream().map(EscPosDecoder::decode)
                .filter(EscPosDecoder.DecodedJob::hasRaster).findFirst();
        assertThat(job).as("a printed ticket").isPresent();
        String qr = TicketQrReader.read(job.get().image()).orElseThrow();
        FollowUpCode code = FollowUpCode.parse(qr).orElseThrow();
        assertThat(code.number().text()).isEqualTo("B001");
        assertThat(code.day()).isEqualTo(desk.services.queue().today());

        robot.interact(() -> shell.publicScreens().closeAll());
        // Monocle gives the focus back to no window when one closes; a desktop's window manager does.
        robot.interact(mainStage::requestFocus);
        robot.type(KeyCode.F2);
        until(() -> text(robot, "#currentTicketNumber").equals("B001"));
        assertThat(text(robot, "#counterMessage")).isEqualTo("Đã gọi số B001");

        robot.interact(() -> shell.publicScreens().openDisplayBoard());
        until(() -> text(robot, "#boardLatestNumber").equals("B001")
                && !text(robot, "#boardLatestCounter").isEmpty());
        assertThat(text(robot, "#boardLatestCounter")).isEqualTo("→ Quầy 3");
        TableView<BoardLine> counters = robot.lookup("#boardCounters").queryTableView();
        assertThat(counters.getItems()).contains(new BoardLine("B001", "Quầy 3", ""));
        assertThat(desk.announcer.announced()).containsExactly(new CallAnnouncement("B001", 3));
    }
}
