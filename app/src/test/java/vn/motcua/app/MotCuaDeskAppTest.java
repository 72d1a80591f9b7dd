package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.store.DataDirectory;
import vn.motcua.store.OfflineStore;

/**
 * The real start on a fresh data directory: the setup wizard first (typed page by page, with its checks), then the
 * settings and store opened in the background, then the sign-in screen.
 */
class MotCuaDeskAppTest {
    @TempDir
    Path directory;

    private Application application;
    private String previous;

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
        if (previous == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, previous);
        }
    }

    private static void until(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Stage start(Path data, String... arguments) throws Exception {
        previous = System.setProperty(DataDirectory.PROPERTY, data.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(MotCuaDeskApp.class, arguments);
        return stage;
    }

    @Test
    void aFirstStartRunsTheSetupWizardThenShowsTheSignInScreen() throws Exception {
        Path data = directory.resolve("du lieu quầy");
        Stage stage = start(data);
        FxRobot robot = new FxRobot();
        until(() -> showing(robot, "#setupScreen"));
        assertThat(text(robot, "#setupTitle")).isEqualTo("Thiết lập MotCua Desk lần đầu");

        robot.clickOn("#setupNext");
        until(() -> !text(robot, "#errorAGENCY_NAME").isEmpty());
        assertThat(text(robot, "#errorAGENCY_NAME")).isEqualTo("Nhập tên đơn vị, ví dụ: UBND xã Tà Xùa.");
        assertThat(text(robot, "#setupStatus")).isEqualTo("Còn 3 ô cần sửa (chữ đỏ) ở trang “Đơn vị và quầy”.");

        robot.clickOn("#agencyName").write("UBND xã Tà Xùa");
        robot.clickOn("#agencyCode").write("000.00.12 H62");
        robot.clickOn("#formsPlace").write("Tà Xùa");
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        until(() -> text(robot, "#errorAGENCY_CODE").startsWith("Mã định danh đơn vị chỉ gồm"));
        robot.clickOn("#agencyCode").push(KeyCode.CONTROL, KeyCode.A).write("000.00.12.H62");
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        until(() -> showing(robot, "#setupContentPRINTERS"));

        robot.clickOn("#checkTICKET_PRINTER");
        until(() -> text(robot, "#checkResultTICKET_PRINTER").equals("Máy in ảo (tập huấn): phiếu số hiện trên màn hình."));
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        until(() -> showing(robot, "#setupContentDEVICES"));
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        until(() -> showing(robot, "#setupContentPROVINCE"));
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        until(() -> showing(robot, "#setupContentHOLIDAYS"));
        until(() -> text(robot, "#holidayStatus").startsWith("Đang dùng bảng ngày nghỉ kèm theo ứng dụng"));
        robot.clickOn("#setupNext");

        until(() -> showing(robot, "#loginScreen"));
        assertThat(stage.getTitle()).isEqualTo("MotCua Desk — UBND xã Tà Xùa — Quầy số 1");
        assertThat(data.resolve(OfflineStore.DATABASE_FILE)).isRegularFile();
        assertThat(Files.readString(data.resolve(DeskSettings.FILE_NAME))).contains("config.version=2",
                "desk.agencyCode=000.00.12.H62", "forms.place=Tà Xùa", "ticketPrinter.kind=VIRTUAL");
    }

    @Test
    void trainingModeStartsWithTheSampleAgency() throws Exception {
        Path data = directory.resolve("tap-huan");
        Stage stage = start(data);
        FxRobot robot = new FxRobot();
        until(() -> showing(robot, "#setupTraining"));
        robot.clickOn("#setupTraining");
        until(() -> showing(robot, "#loginScreen"));
        assertThat(stage.getTitle()).isEqualTo("MotCua Desk — " + DeskSettings.DEMO_AGENCY_NAME + " — Quầy số 1");
        assertThat(Files.readString(data.resolve(DeskSettings.FILE_NAME))).contains("desk.agencyCode=000.00.00.H00");
    }

    @Test
    void theKioskLauncherOpensOnlyTheKioskOnAConfiguredDesk() throws Exception {
        Path data = Files.createDirectories(directory.resolve("kiosk"));
        Files.writeString(data.resolve(DeskSettings.FILE_NAME), """
                config.version=2
                desk.agencyCode=000.00.12.H62
                desk.agencyName=UBND xã Tà Xùa
                forms.place=Tà Xùa
                """);
        Stage stage = start(data, "--screen=kiosk");
        FxRobot robot = new FxRobot();
        until(() -> showing(robot, "#kioskScreen"));
        until(() -> !stage.isShowing());
        assertThat(robot.lookup("#loginScreen").tryQuery()).as("no clerk sign-in on a kiosk").isEmpty();
        assertThat(robot.lookup("#setupScreen").tryQuery()).isEmpty();
    }
}
