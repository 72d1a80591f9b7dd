package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
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
import org.testfx.util.NodeQueryUtils;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.core.account.Role;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.store.demo.DemoQueue;

/**
 * The rating screen end to end, headless: the clerk at counter 3 finishes a ticket with F6, opens the rating screen
 * with Ctrl+Shift+D, the citizen touches "Không hài lòng" and picks a reason; the counter panel shows the outcome; a
 * keyboard-emulating pad's digits typed after it (again in the window, then outside it) are stored flagged. The desk's clock is moved by hand,
 * so the debounce passes when the test says.
 */
@ExtendWith(ApplicationExtension.class)
class RatingScreenUiTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private JavaFxTaskExecutor executor;
    private DeskShell shell;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        executor = new JavaFxTaskExecutor(2);
        desk = TestDesk.open(directory, executor);
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
    }

    private static void until(BooleanSupplier condition) throws Exception {
        waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** Visible as TestFX clicks it: it and its parents shown, laid out inside the scene. */
    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery()
                .filter(node -> node.getScene() != null && NodeQueryUtils.isVisible().test(node)).isPresent();
    }

    @Test
    void aCitizenRatesOnTheTouchScreenAfterF6AndTheClerkSeesIt(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("lan.nt");
        robot.clickOn("#password").write("Quay-so-3-2026");
        robot.type(KeyCode.ENTER);
        until(() -> showing(robot, "#counterPanel"));
        desk.services.queue().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();

        robot.type(KeyCode.F2);
        until(() -> text(robot, "#currentTicketNumber").equals("B001"));
        robot.type(KeyCode.F6);
        until(() -> text(robot, "#ratingStatus").equals("Chờ công dân đánh giá vé B001 · còn 30 giây"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        until(() -> text(robot, "#ratingTitle").equals("Quý khách có hài lòng với việc giải quyết vé B001?")
                && text(robot, "#ratingCountdown").equals("Còn 30 giây"));
        assertThat(robot.lookup("#ratingLevel-VERY_SATISFIED").queryButton().getText()).isEqualTo("Rất hài lòng");

        Instant closes = desk.services.ratings().waiting(3).orElseThrow().closesAt();
        robot.clickOn("#ratingLevel-UNSATISFIED");
        // The touch is stored in the background; once it waits for its debounce, time is moved past it.
        until(() -> desk.services.ratings().nextDeadline().filter(at -> at.isBefore(closes)).isPresent());
        desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        desk.services.ratings().settle();
        until(() -> showing(robot, "#ratingReason-0")
                && text(robot, "#ratingTitle").equals("Xin quý khách cho biết vì sao chưa hài lòng"));

        robot.clickOn("#ratingReason-0");
        until(() -> text(robot, "#ratingTitle").equals("Xin cảm ơn quý khách!"));
        until(() -> text(robot, "#ratingStatus")
                .equals("Đánh giá vé B001: Không hài lòng · Lý do: Phải chờ đợi lâu"));

        // A keyboard-emulating pad types into the rating window: again within the window, then after it.
        robot.interact(() -> shell.publicScreens().ratingScene().getWindow().requestFocus());
        robot.type(KeyCode.DIGIT1);
        until(() -> text(robot, "#ratingStatus")
                .equals("Đã ghi lại một lần bấm không tính điểm: bấm lặp lại"));
        desk.clock.advance(java.time.Duration.ofSeconds(30));
        desk.services.ratings().settle();
        robot.type(KeyCode.NUMPAD2);
        until(() -> text(robot, "#ratingStatus")
                .equals("Đã ghi lại một lần bấm không tính điểm: bấm ngoài lượt đánh giá"));

        var ratings = desk.services.store().queue().ratings(3, LocalDateTime.of(2026, 11, 23, 0, 0));
        assertThat(ratings).extracting(Rating::flag).containsExactly(RatingFlag.NONE, RatingFlag.REPEATED,
                RatingFlag.NOT_ARMED);
        assertThat(ratings.getFirst().level()).contains(RatingLevel.UNSATISFIED);
        assertThat(ratings.getFirst().clerk()).contains("lan.nt");
        assertThat(ratings.getFirst().reason()).contains("Phải chờ đợi lâu");
        assertThat(ratings.getLast().keypad()).isEqualTo("keyboard");
        robot.interact(() -> shell.publicScreens().closeAll());
        robot.interact(mainStage::requestFocus);
    }
}
