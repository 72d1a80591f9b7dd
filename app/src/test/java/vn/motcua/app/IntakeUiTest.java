package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.motcua.app.intake.ChecklistRow;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.core.account.Role;

/**
 * The intake workspace driven by keyboard and mouse, headless: Ctrl+N, an accent-free search, the owner from a
 * QR code typed by a keyboard-wedge scanner, the training scanner for a component, and acceptance with Ctrl+Enter.
 */
@ExtendWith(ApplicationExtension.class)
class IntakeUiTest {
    static final String CARD_QR = "079190001234|025123456|Nguyen Thi Hong Nhung|15031990|Nu|Ha Noi|20042021";

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
        shell = new DeskShell(stage, desk.services);
        shell.showLogin();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(shell::close);
        executor.close();
        desk.close();
    }

    private static void until(BooleanSupplier condition) throws Exception {
        waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    @Test
    void aClerkTakesADossierInWithTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("lan.nt");
        robot.clickOn("#password").write("Quay-so-3-2026");
        robot.type(KeyCode.ENTER);
        until(() -> showing(robot, "#counterPanel"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        until(() -> showing(robot, "#intakeScreen"));
        robot.clickOn("#procedureSearch").write("cap ban sao van bang");
        ListView<?> procedures = robot.lookup("#procedureList").queryListView();
        until(() -> procedures.getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        TableView<ChecklistRow> checklist = robot.lookup("#checklist").queryTableView();
        until(() -> checklist.getItems().size() == 3);

        // A wedge scanner types the card's code into the ID field and presses Enter.
        TextField id = robot.lookup("#ownerId").queryAs(TextField.class);
        robot.interact(() -> id.setText(CARD_QR));
        robot.clickOn("#ownerId").type(KeyCode.END).type(KeyCode.ENTER);
        TextField name = robot.lookup("#ownerName").queryAs(TextField.class);
        until(() -> "079190001234".equals(id.getText()) && "Nguyen Thi Hong Nhung".equals(name.getText()));

        robot.interact(() -> checklist.getSelectionModel().select(0));
        robot.clickOn("#paperButton");
        robot.interact(() -> checklist.getSelectionModel().select(1));
        robot.clickOn("#scanComponentButton");
        until(() -> showing(robot, "#scanPanel"));
        until(() -> robot.lookup("#scanDevice").queryAs(javafx.scene.control.ChoiceBox.class).getValue() != null);
        robot.interact(() -> robot.lookup("#scanProfile").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(1));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        ListView<?> pages = robot.lookup("#scanPages").queryListView();
        until(() -> pages.getItems().size() == 1 && text(robot, "#scanMessage").startsWith("Đã quét xong"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        until(() -> text(robot, "#scanMessage").startsWith("Đã lưu 1 trang"));
        robot.clickOn("#closeScanButton");
        until(() -> checklist.getItems().get(1).provision().startsWith("Đã quét"));

        robot.clickOn("#checklist");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        until(() -> text(robot, "#intakeMessage").startsWith("Đã tiếp nhận hồ sơ 000.00.00.H00-261123-0001"));
        assertThat(text(robot, "#intakeMessage")).contains("hẹn trả 25/11/2026 08:00");
    }
}
