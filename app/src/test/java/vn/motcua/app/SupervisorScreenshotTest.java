package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.app.supervisor.SupervisorSample;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.core.account.Role;

/**
 * Renders the supervisor's dashboard (each tab, over ten seeded working days at the demo counters) and the first
 * pages of its PDF report into {@code docs/screenshots/supervisor-*.png}. Tag {@code screenshot}: run it with
 * {@code mvn -pl app -am test -Dtest=SupervisorScreenshotTest -Dapp.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshot")
@ExtendWith(ApplicationExtension.class)
class SupervisorScreenshotTest {
    @TempDir
    Path directory;
    @TempDir
    Path exports;

    private TestDesk desk;
    private JavaFxTaskExecutor executor;
    private DeskShell shell;

    @Start
    void start(Stage stage) {
        executor = new JavaFxTaskExecutor(2);
        desk = TestDesk.open(directory, executor);
        desk.account("hoa.pt", "Phạm Thị Hoa", Set.of(Role.SUPERVISOR), "Giam-sat-2026");
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
        waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    @Test
    void writeScreenshots(FxRobot robot) throws Exception {
        Path target = repositoryRoot().resolve("docs/screenshots");
        Files.createDirectories(target);
        new SupervisorSample(desk, directory, 766).play(10); // out of @Start: it takes longer than its time limit
        robot.clickOn("#username").write("hoa.pt");
        robot.clickOn("#password").write("Giam-sat-2026");
        robot.type(KeyCode.ENTER);
        until(() -> robot.lookup("#dossierTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        until(() -> !text(robot, "#kpi-waitP90").equals("–") && !text(robot, "#kpi-waitP90").isEmpty()
                && text(robot, "#supervisorLiveAt").startsWith("Cập nhật"));
        TabPane tabs = robot.lookup("#supervisorTabs").queryAs(TabPane.class);
        String[] names = {"live", "overview", "queue", "satisfaction", "dossiers-766", "staffing"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            until(() -> tabs.getSelectionModel().getSelectedIndex() == index);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            write(robot, target.resolve("supervisor-" + names[i] + ".png"));
        }
        // the quarterly report
        robot.interact(() -> {
            shell.supervisorModel().orElseThrow().kindProperty().set(vn.motcua.core.statistics.Period.Kind.QUARTER);
            shell.supervisorModel().orElseThrow().load();
        });
        until(() -> text(robot, "#supervisorPeriod").equals("Từ 01/10/2026 đến 31/12/2026")
                && !robot.lookup("#supervisorShow").queryButton().isDisabled());
        Path pdf = exports.resolve("bao-cao.pdf");
        robot.interact(() -> shellSupervisorExport(robot, pdf));
        until(() -> Files.exists(pdf) && text(robot, "#supervisorNotice").contains("bao-cao.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                assertThat(ImageIO.write(image, "png", target.resolve("supervisor-report-" + (page + 1) + ".png")
                        .toFile())).isTrue();
            }
        }
    }

    /** The export button opens a file chooser, which a headless run cannot drive: the model is asked directly. */
    private void shellSupervisorExport(FxRobot robot, Path pdf) {
        shell.supervisorModel().orElseThrow().exportPdf(pdf);
    }

    private void write(FxRobot robot, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = shell.scene().snapshot(null));
        assertThat(ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile())).isTrue();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("DEVELOPERS.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir;
    }
}
