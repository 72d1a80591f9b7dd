package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.store.DataDirectory;
import vn.motcua.store.OfflineStore;

/** The real start: settings and store opened in the background, then the sign-in screen. */
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

    @Test
    void startsOnTheDataDirectoryGivenOnTheCommandLineAndShowsTheSignInScreen() throws Exception {
        Path data = directory.resolve("du lieu quầy");
        previous = System.setProperty(DataDirectory.PROPERTY, data.toString());
        Stage stage = FxToolkit.registerPrimaryStage();

        application = FxToolkit.setupApplication(MotCuaDeskApp::new);

        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#loginScreen").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(stage.getTitle()).isEqualTo("MotCua Desk — " + DeskSettings.DEMO_AGENCY_NAME + " — Quầy số 1");
        assertThat(data.resolve(DeskSettings.FILE_NAME)).as("commented defaults written for the administrator")
                .isRegularFile();
        assertThat(data.resolve(OfflineStore.DATABASE_FILE)).isRegularFile();
        assertThat(Files.readString(data.resolve(DeskSettings.FILE_NAME))).contains("desk.agencyCode=000.00.00.H00");
    }
}
