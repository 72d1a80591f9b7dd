package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.app.main.DossierRow;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.core.account.Role;

/**
 * Drives the real window headless (Monocle): the real store in a temporary directory, the real background
 * executor. Waits poll for a condition; nothing sleeps for a fixed time.
 */
@ExtendWith(ApplicationExtension.class)
class DeskShellUiTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private JavaFxTaskExecutor executor;
    private DeskShell shell;

    @Start
    void start(Stage stage) {
        executor = new JavaFxTaskExecutor(2);
        desk = TestDesk.open(directory, executor);
        desk.account("lan.nt", "Nguyễn Thị Lan", Set.of(Role.CLERK), "Quay-so-3-2026");
        desk.threeDossiers("lan.nt");
        shell = new DeskShell(stage, desk.services);
        shell.showLogin();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(shell::close);
        executor.close();
        desk.close();
    }

    private static void until(BooleanSupplier condition) throws Exception {
        waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void signIn(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void firstStartSignInForcesAPasswordChangeThenShowsTheMainWindow(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#productName").queryAs(Label.class).getText())
                .isEqualTo("MotCua Desk — Bộ phận Một cửa");
        until(() -> showing(robot, "#firstRunHint"));
        assertThat(robot.lookup("#firstRunHint").queryAs(Label.class).getText())
                .isEqualTo("Lần đầu sử dụng: tài khoản admin, mật khẩu admin — bạn sẽ phải đổi mật khẩu");

        signIn(robot, "admin", "admin");
        until(() -> showing(robot, "#newPassword"));
        assertThat(robot.lookup("#currentPassword").tryQuery()).as("forced change does not ask again").isEmpty();

        robot.clickOn("#newPassword").write("Mot-cua-2026");
        robot.clickOn("#confirmPassword").write("Mot-cua-2026");
        robot.type(KeyCode.ENTER);
        until(() -> showing(robot, "#counterTitle"));

        assertThat(robot.lookup("#counterTitle").queryAs(Label.class).getText()).isEqualTo("Quầy số 3");
        assertThat(robot.lookup("#clerkRole").queryAs(Label.class).getText()).isEqualTo("Quản trị viên");
        TableView<DossierRow> table = robot.lookup("#dossierTable").queryTableView();
        until(() -> table.getItems().size() == 3);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Mã hồ sơ", "Thủ tục",
                "Chủ hồ sơ", "Số giấy tờ", "Trạng thái", "Ngày nhận", "Hẹn trả");
        assertThat(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus())
                .extracting(m -> m.getText()).containsExactly("Hệ thống", "Hàng đợi", "Hồ sơ", "Màn hình", "Quản trị");
        until(() -> robot.lookup("#storeStatus").queryAs(Label.class).getText().endsWith("3 hồ sơ")
                && !robot.lookup("#connectionStatus").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#connectionStatus").queryAs(Label.class).getText())
                .isEqualTo("Chưa cấu hình kết nối hệ thống một cửa tỉnh — hồ sơ được giữ lại để gửi sau"
                        + " · 3 thay đổi chờ gửi");
        assertThat(robot.lookup("#currentTime").queryAs(Label.class).getText()).isEqualTo("23/11/2026 08:00");
    }

    @Test
    void aClerkSearchesLocksAndUnlocksWithoutLosingTheSearch(FxRobot robot) throws Exception {
        signIn(robot, "lan.nt", "Quay-so-3-2026");
        until(() -> showing(robot, "#dossierTable"));
        assertThat(robot.lookup("#clerkName").queryAs(Label.class).getText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus())
                .as("no administration menu for a clerk").extracting(m -> m.getText())
                .containsExactly("Hệ thống", "Hàng đợi", "Hồ sơ", "Màn hình");
        TableView<DossierRow> table = robot.lookup("#dossierTable").queryTableView();
        until(() -> table.getItems().size() == 3);

        robot.push(KeyCode.CONTROL, KeyCode.F);
        until(() -> robot.lookup("#search").query().isFocused());
        robot.write("thang");
        until(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().owner()).isEqualTo("Lê Đức Thắng");
        assertThat(table.getItems().getFirst().maskedIdentifier()).isEqualTo("036*******77");

        robot.push(KeyCode.CONTROL, KeyCode.L);
        until(() -> showing(robot, "#lockScreen"));
        assertThat(robot.lookup("#lockWho").queryAs(Label.class).getText())
                .isEqualTo("Quầy số 3 · Nguyễn Thị Lan (lan.nt)");
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(showing(robot, "#lockScreen")).as("shortcuts do nothing under the lock").isTrue();

        robot.clickOn("#unlockPassword").write("sai-mat-khau");
        robot.type(KeyCode.ENTER);
        until(() -> !robot.lookup("#unlockError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).isEqualTo("Mật khẩu không đúng.");

        robot.clickOn("#unlockPassword").write("Quay-so-3-2026");
        robot.type(KeyCode.ENTER);
        until(() -> !showing(robot, "#lockScreen"));
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).as("typed data kept").isEqualTo("thang");
        assertThat(table.getItems()).hasSize(1);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        until(() -> showing(robot, "#currentPassword"));
        robot.clickOn("#currentPassword").write("Quay-so-3-2026");
        robot.clickOn("#newPassword").write("Quay-so-3-moi");
        robot.clickOn("#confirmPassword").write("Quay-so-3-moi");
        robot.type(KeyCode.ENTER);
        // The dialog goes and the notice comes in one step on the JavaFX thread: wait for both.
        until(() -> robot.lookup("#changePasswordScreen").tryQuery().isEmpty()
                && !robot.lookup("#notice").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Đã đổi mật khẩu.");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEqualTo("thang");

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        until(() -> showing(robot, "#loginScreen"));
        assertThat(robot.lookup("#mainWindow").tryQuery()).as("the session is gone").isEmpty();
        signIn(robot, "", "Quay-so-3-moi");
        until(() -> showing(robot, "#dossierTable"));
    }

    @Test
    void anAdministratorOpensTheSettingsWithTheirShortcutSavesAndClosesThem(FxRobot robot) throws Exception {
        desk.account("quantri", "Đỗ Hải Yến", Set.of(Role.ADMIN), "Quan-tri-2026");
        signIn(robot, "quantri", "Quan-tri-2026");
        until(() -> showing(robot, "#dossierTable"));

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        until(() -> showing(robot, "#setupScreen"));
        assertThat(robot.lookup("#setupTitle").queryAs(Label.class).getText()).isEqualTo("Cài đặt quầy và thiết bị");
        assertThat(robot.lookup("#agencyName").queryAs(TextField.class).getText())
                .isEqualTo(DeskSettings.DEMO_AGENCY_NAME);
        robot.clickOn("#counterNumber").push(KeyCode.CONTROL, KeyCode.A).write("4");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        until(() -> robot.lookup("#setupStatus").queryAs(Label.class).getText()
                .equals("Đã lưu cài đặt. Khởi động lại ứng dụng để dùng cài đặt mới."));
        assertThat(java.nio.file.Files.readString(directory.resolve(DeskSettings.FILE_NAME)))
                .contains("desk.counterNumber=4");

        robot.push(KeyCode.ESCAPE);
        until(() -> robot.lookup("#setupScreen").tryQuery().isEmpty());
        assertThat(robot.lookup("#counterTitle").queryAs(Label.class).getText())
                .as("the running desk keeps its settings until the next start").isEqualTo("Quầy số 3");
    }

    @Test
    void aClerkHasNoSettings(FxRobot robot) throws Exception {
        signIn(robot, "lan.nt", "Quay-so-3-2026");
        until(() -> showing(robot, "#dossierTable"));
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        assertThat(robot.lookup("#setupScreen").tryQuery()).as("no command, no shortcut").isEmpty();
    }
}
