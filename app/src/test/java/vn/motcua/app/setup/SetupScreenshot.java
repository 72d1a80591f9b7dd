package vn.motcua.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.app.MutableClock;
import vn.motcua.app.TestDesk;
import vn.motcua.app.config.DeskConfigFiles;
import vn.motcua.app.config.DeskDirectories;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.setup.SetupViewModel.Device;
import vn.motcua.app.setup.SetupViewModel.Mode;
import vn.motcua.app.setup.SetupViewModel.Page;
import vn.motcua.app.task.CurrentThreadTaskExecutor;
import vn.motcua.app.theme.Theme;
import vn.motcua.devices.printer.EmulatedPrinterState;
import vn.motcua.devices.printer.LoopbackEscPosPrinter;
import vn.motcua.devices.printer.PrinterKind;

/**
 * Writes {@code docs/screenshots/setup.png}: the wizard's printer page with a ticket printer tested for real.
 * Opt-in like the other screenshots: {@code -Dtest=SetupScreenshot -Dapp.excludedGroups=none}.
 */
@Tag("screenshot")
@ExtendWith(ApplicationExtension.class)
class SetupScreenshot {
    @TempDir
    Path home;

    @Test
    void writeTheWizardsPrinterPage(FxRobot robot) throws Exception {
        Messages messages = Messages.vietnamese();
        var files = new DeskConfigFiles(new DeskDirectories(home.resolve("data"), home.resolve("config"),
                Optional.empty(), home.resolve("logs")));
        Path target = repositoryRoot().resolve("docs/screenshots/setup.png");
        try (var printer = new LoopbackEscPosPrinter(EmulatedPrinterState.OK)) {
            Scene[] scene = new Scene[1];
            robot.interact(() -> {
                SetupViewModel model = new SetupViewModel(Mode.FIRST_RUN, files, files.load(),
                        new DeviceChecks(messages, () -> List.of("HP_LaserJet_M404", "Canon_LBP2900")),
                        new CurrentThreadTaskExecutor(), messages, new MutableClock(TestDesk.START, Messages.OFFICE_ZONE),
                        List.of(), saved -> { });
                model.start();
                model.agencyNameProperty().set("UBND xã Tà Xùa");
                model.agencyCodeProperty().set("H15.50.05.13");
                model.formsPlaceProperty().set("Tà Xùa");
                model.next();
                model.officePrinterProperty().set("HP_LaserJet_M404");
                model.ticketKindProperty().set(PrinterKind.TCP);
                model.ticketHostProperty().set(printer.host());
                model.ticketPortProperty().set(Integer.toString(printer.port()));
                model.check(Device.OFFICE_PRINTER);
                model.check(Device.TICKET_PRINTER);
                assertThat(model.pageProperty().get()).isEqualTo(Page.PRINTERS);
                Stage stage = new Stage();
                scene[0] = new Scene(new SetupView(model, messages, () -> { }).root(), 1100, 780);
                Theme.apply(scene[0]);
                stage.setScene(scene[0]);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = scene[0].snapshot(null));
            assertThat(ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", target.toFile())).isTrue();
        }
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
