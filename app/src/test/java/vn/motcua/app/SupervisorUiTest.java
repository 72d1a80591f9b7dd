package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.app.supervisor.SupervisorSample;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.core.account.Role;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.Period;

/** The supervisor's dashboard in the real window (headless): opened from the menu by its shortcut, for supervisors only. */
@ExtendWith(ApplicationExtension.class)
class SupervisorUiTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private JavaFxTaskExecutor executor;
    private DeskShell shell;

    @Start
    void start(Stage stage) {
        executor = new JavaFxTaskExecutor(2);
        desk = TestDesk.open(directory, executor);
        desk.account("hoa.pt", "Phạm Thị Hoa", Set.of(Role.SUPERVISOR), "Giam-sat-2026");
        desk.account("lan.nt", "Nguyễn Thị Lan", Set.of(Role.CLERK), "Quay-so-3-2026");
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
        waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** Plays the day before and this morning at the counters, then signs in. */
    private void signIn(FxRobot robot, String username, String password) throws Exception {
        new SupervisorSample(desk, directory, 23).play(1);
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.type(KeyCode.ENTER);
        until(() -> showing(robot, "#dossierTable"));
    }

    @Test
    void aSupervisorOpensTheDashboardWithItsShortcutAndClosesItWithEscape(FxRobot robot) throws Exception {
        signIn(robot, "hoa.pt", "Giam-sat-2026");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        until(() -> showing(robot, "#supervisorScreen"));
        String issued = String.valueOf(desk.services.statistics().report(Period.month(java.time.LocalDate.of(2026,
                11, 23)), desk.services.statisticsTargets()).figures().queue(GroupKey.TOTAL).issued());
        until(() -> text(robot, "#kpi-issued").equals(issued) && !text(robot, "#kpi-waitP90").equals("–")
                && text(robot, "#supervisorPeriod").equals("Từ 01/11/2026 đến 30/11/2026")
                && text(robot, "#supervisorLiveAt").startsWith("Cập nhật lúc 23/11/2026"));
        assertThat(Integer.parseInt(issued)).isPositive();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#supervisorTabs").queryAs(TabPane.class);
        until(() -> tabs.getSelectionModel().getSelectedIndex() == 4);
        TableView<?> scorecard = robot.lookup("#supervisorScorecard").queryTableView();
        until(() -> scorecard.getItems().size() == 10 && !text(robot, "#supervisorScore").isEmpty());

        robot.type(KeyCode.ESCAPE);
        until(() -> robot.lookup("#supervisorScreen").tryQuery().isEmpty());
        until(() -> showing(robot, "#dossierTable"));
    }

    @Test
    void aClerkHasNoSupervisionMenuNorShortcut(FxRobot robot) throws Exception {
        signIn(robot, "lan.nt", "Quay-so-3-2026");
        assertThat(robot.lookup("#menuAdministration").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        until(() -> showing(robot, "#dossierTable"));
        assertThat(robot.lookup("#supervisorScreen").tryQuery()).isEmpty();
    }
}
