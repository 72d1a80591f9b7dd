package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.Scene;
import javafx.stage.Stage;
import java.time.Duration;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.store.demo.DemoQueue;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.core.account.Role;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;

/**
 * Renders the sign-in screen and the main window headless and writes them to {@code docs/screenshots/}.
 * Not part of the normal run (tag {@code screenshot}); run it with
 * {@code mvn -pl app -am test -Dtest=ScreenshotTest -Dapp.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshot")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private DeskShell shell;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(directory);
        desk.account("lan.nt", "Nguyễn Thị Lan", Set.of(Role.CLERK), "Quay-so-3-2026");
        desk.threeDossiers("lan.nt");
        Dossier processing = desk.receive(4, "Phạm Quốc Huy", "001099012345", LocalDateTime.of(2026, 11, 19, 10, 20),
                Optional.of(LocalDateTime.of(2026, 11, 26, 10, 20)), "lan.nt");
        desk.services.dossiers().save(processing.moveTo(DossierStatus.PROCESSING,
                LocalDateTime.of(2026, 11, 19, 15, 0), "lan.nt", ""));
        Dossier done = desk.receive(5, "Hoàng Thị Thu Hương", "038301006789", LocalDateTime.of(2026, 11, 18, 7, 45),
                Optional.of(LocalDateTime.of(2026, 11, 20, 7, 45)), "lan.nt");
        desk.services.dossiers().save(done.moveTo(DossierStatus.PROCESSED, LocalDateTime.of(2026, 11, 19, 16, 0),
                "lan.nt", "").moveTo(DossierStatus.RESULT_RETURNED, LocalDateTime.of(2026, 11, 20, 9, 10), "lan.nt", ""));
        desk.receive(6, "Vũ Đình Khải", "024088004321", LocalDateTime.of(2026, 11, 23, 7, 35),
                Optional.of(LocalDateTime.of(2026, 11, 30, 7, 35)), "lan.nt");
        shell = new DeskShell(stage, desk.services);
        shell.showLogin();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(shell::close);
        desk.close();
    }

    @Test
    void writeScreenshots(FxRobot robot) throws Exception {
        Path target = repositoryRoot().resolve("docs/screenshots");
        Files.createDirectories(target);

        WaitForAsyncUtils.waitForFxEvents();
        write(robot, target.resolve("login.png"));

        signIn(robot, "admin", "admin");
        robot.lookup("#newPassword").query();
        write(robot, target.resolve("change-password.png"));
        robot.clickOn("#cancelPasswordChange");
        WaitForAsyncUtils.waitForFxEvents();

        QueueDesk queue = desk.services.queue();
        queue.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL);
        desk.clock.advance(Duration.ofMinutes(3));
        queue.issue(DemoQueue.OTHER_PROCEDURES, PriorityGroup.NORMAL);
        queue.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.PRIORITY);
        desk.clock.advance(Duration.ofMinutes(4));
        queue.issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL);
        queue.counter(1, "an.nv").callNext();
        desk.clock.advance(Duration.ofMinutes(2));
        queue.issue(DemoQueue.OTHER_PROCEDURES, PriorityGroup.NORMAL);

        signIn(robot, "lan.nt", "Quay-so-3-2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.mainModel() != null
                && shell.mainModel().rows().size() == 6);
        robot.interact(() -> shell.counterModel().callNext());
        robot.interact(() -> robot.lookup("#dossierTable").queryTableView().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, target.resolve("main-window.png"));

        robot.interact(() -> shell.mainModel().openIntake());
        robot.interact(() -> {
            var intake = shell.intakeModel();
            intake.procedureQueryProperty().set("cap ban sao van bang");
            intake.searchProcedures();
            intake.choose(intake.procedures().getFirst());
            intake.qrScanned("079190001234|025123456|Nguyễn Thị Hồng Nhung|15031990|Nữ|"
                    + "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh|20042021");
            intake.paperOnly("DEMO.TP.001.03");
        });
        robot.interact(() -> robot.lookup("#checklist").queryTableView().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, target.resolve("intake.png"));
        robot.clickOn("#scanComponentButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#scanButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, target.resolve("scan-panel.png"));
        robot.clickOn("#closeScanButton");
        robot.clickOn("#closeIntake");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> shell.counterModel().finish());
        robot.interact(() -> shell.publicScreens().openRatingScreen());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, shell.publicScreens().ratingScene(), target.resolve("rating-screen.png"));
        robot.interact(() -> shell.publicScreens().closeAll());

        robot.interact(() -> shell.publicScreens().openKiosk());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, shell.publicScreens().kioskScene(), target.resolve("kiosk.png"));
        desk.executor.holdScheduled();
        robot.interact(() -> shell.publicScreens().kioskModel().choose(
                shell.publicScreens().kioskModel().services().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, shell.publicScreens().kioskScene(), target.resolve("kiosk-ticket.png"));
        robot.interact(() -> shell.publicScreens().openDisplayBoard());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, shell.publicScreens().boardScene(), target.resolve("display-board.png"));
        robot.interact(() -> shell.publicScreens().closeAll());

        robot.interact(() -> shell.lockModel().lockNow());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, target.resolve("lock-screen.png"));
    }

    private void signIn(FxRobot robot, String username, String password) {
        robot.interact(() -> {
            shell.loginModel().usernameProperty().set(username);
            shell.loginModel().passwordProperty().set(password);
            shell.loginModel().signIn();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, Path file) throws IOException {
        write(robot, shell.scene(), file);
    }

    private void write(FxRobot robot, Scene scene, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        assertThat(ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile())).isTrue();
        assertThat(Files.size(file)).isPositive();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("DEVELOPERS.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root (holds DEVELOPERS.md)").isNotNull();
        return dir;
    }
}
