package vn.motcua.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.app.theme.Theme;
import vn.motcua.store.DataDirectory;

/**
 * The JavaFX application: shows a start screen, opens settings and data on a background thread, then hands
 * the window to the {@link DeskShell}.
 */
public final class MotCuaDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MotCuaDeskApp.class);

    private JavaFxTaskExecutor executor;
    private volatile ServiceRegistry services;

    @Override
    public void start(Stage stage) {
        Theme.loadFonts();
        executor = new JavaFxTaskExecutor();
        StartupView startup = new StartupView(Messages.vietnamese());
        Scene scene = new Scene(startup.root(), 640, 400);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.vietnamese().get("app.productName"));
        stage.show();

        Path dataDirectory = dataDirectory();
        executor.submit(() -> {
            DeskSettings.Loaded settings = DeskSettings.loadOrCreate(dataDirectory);
            return ServiceRegistry.open(dataDirectory, settings.settings(), executor,
                    Clock.system(Messages.OFFICE_ZONE));
        }, opened -> {
            services = opened;
            DeskShell shell = new DeskShell(stage, opened);
            shell.showLogin();
            fitToScreen(stage);
        }, failure -> {
            LOG.error("Cannot open the data in {}", dataDirectory, failure);
            startup.showFailure(dataDirectory.toString(), failure);
        });
    }

    /** Counter PCs often have 1366×768 screens: fill them; on larger ones open at the designed size. */
    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() < 1300 || screen.getHeight() < 820) {
            stage.setMaximized(true);
        } else {
            stage.sizeToScene();
            stage.centerOnScreen();
        }
    }

    /** The platform's per-user data directory, or {@code -Dmotcua.data.dir=…} / {@code MOTCUA_DATA_DIR}. */
    static Path dataDirectory() {
        return DataDirectory.resolveDefault().toAbsolutePath();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        ServiceRegistry opened = services;
        if (opened != null) {
            opened.close();
        }
    }
}
