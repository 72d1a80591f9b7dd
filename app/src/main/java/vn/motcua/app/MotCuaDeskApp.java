package vn.motcua.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.config.DeskConfig;
import vn.motcua.app.config.DeskConfigFiles;
import vn.motcua.app.config.DeskDirectories;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.setup.DeviceChecks;
import vn.motcua.app.setup.SetupView;
import vn.motcua.app.setup.SetupViewModel;
import vn.motcua.app.task.JavaFxTaskExecutor;
import vn.motcua.app.theme.Theme;

/**
 * The JavaFX application: shows a start screen, reads the settings on a background thread (the setup wizard first
 * when the machine has none), opens the data, then shows the screen the launcher asked for: the clerk's sign-in
 * (counter, supervisor), the kiosk or the display board.
 */
public final class MotCuaDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MotCuaDeskApp.class);

    private JavaFxTaskExecutor executor;
    private volatile ServiceRegistry services;
    private LaunchOptions options;
    private DeskConfigFiles configFiles;
    private StartupView startup;
    private PublicScreens publicScreens;

    @Override
    public void start(Stage stage) {
        options = launchOptions(getParameters().getRaw());
        Theme.loadFonts();
        executor = new JavaFxTaskExecutor();
        configFiles = new DeskConfigFiles(DeskDirectories.resolveDefault());
        startup = new StartupView(Messages.vietnamese());
        Scene scene = new Scene(startup.root(), 640, 400);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.vietnamese().get("app.productName"));
        stage.show();
        LOG.info("MotCua Desk {} starting the {} screen; settings in {}", DeskVersion.current().desk(),
                options.screen().argument(), configFiles.directories().config());
        executor.submit(configFiles::load, config -> {
            if (config.firstRun()) {
                showSetup(stage, config);
            } else {
                openDesk(stage, config);
            }
        }, failure -> fail(failure));
    }

    private static LaunchOptions launchOptions(List<String> raw) {
        try {
            return LaunchOptions.parse(raw);
        } catch (IllegalArgumentException e) {
            return new LaunchOptions(LaunchOptions.Screen.COUNTER, false, false);
        }
    }

    /** The first start on this machine: the wizard, then the desk with what it saved. */
    private void showSetup(Stage stage, DeskConfig config) {
        Messages messages = Messages.vietnamese();
        SetupViewModel model = new SetupViewModel(SetupViewModel.Mode.FIRST_RUN, configFiles, config,
                new DeviceChecks(messages), executor, messages, Clock.system(Messages.OFFICE_ZONE), config.problems(),
                saved -> {
                    stage.getScene().setRoot(startup.root());
                    openDesk(stage, saved);
                });
        SetupView view = new SetupView(model, messages, () -> { });
        stage.getScene().setRoot(view.root());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1100, screen.getWidth()));
        stage.setHeight(Math.min(780, screen.getHeight()));
        stage.centerOnScreen();
        model.start();
        view.focusFirstField();
        ready("setup wizard");
    }

    private void openDesk(Stage stage, DeskConfig config) {
        executor.submit(() -> ServiceRegistry.open(configFiles, config, executor, Clock.system(Messages.OFFICE_ZONE)),
                opened -> {
                    services = opened;
                    switch (options.screen()) {
                        case KIOSK -> {
                            publicScreens = new PublicScreens(opened);
                            publicScreens.openKiosk();
                            stage.hide();
                        }
                        case BOARD -> {
                            publicScreens = new PublicScreens(opened);
                            publicScreens.openDisplayBoard();
                            stage.hide();
                        }
                        case COUNTER, SUPERVISOR -> {
                            DeskShell shell = new DeskShell(stage, opened, options.screen());
                            shell.showLogin();
                            fitToScreen(stage);
                        }
                    }
                    ready(options.screen().argument());
                }, this::fail);
    }

    private void fail(Throwable failure) {
        LOG.error("Cannot open the data in {}", configFiles.directories().data(), failure);
        startup.showFailure(configFiles.directories().data().toString(), failure);
    }

    /** One line for the cold-start benchmark (installer/measure-start.sh): the first screen a person can use. */
    private static void ready(String screen) {
        long millis = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        LOG.info("Ready: {} shown {} ms after the process started", screen, millis);
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

    @Override
    public void stop() {
        if (publicScreens != null) {
            publicScreens.closeAll();
        }
        if (executor != null) {
            executor.close();
        }
        ServiceRegistry opened = services;
        if (opened != null) {
            opened.close();
        }
    }
}
