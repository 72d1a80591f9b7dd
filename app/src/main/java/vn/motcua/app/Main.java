package vn.motcua.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.application.Application;
import org.slf4j.LoggerFactory;
import vn.motcua.app.config.DeskDirectories;
import vn.motcua.app.config.DeskLogs;

/**
 * Entry point. Deliberately not an {@link Application} subclass, so the desk starts from the plain class path
 * (the JavaFX launcher refuses a main class extending Application when JavaFX is not on the module path).
 * {@code --version} and {@code --help} answer without starting JavaFX, so they work without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            err.println(e.getMessage());
            err.println(LaunchOptions.usage());
            System.exit(2);
            return;
        }
        if (options.versionOnly()) {
            out.println(DeskVersion.current().describe());
            return;
        }
        if (options.helpOnly()) {
            out.println(LaunchOptions.usage());
            return;
        }
        // Before the first logger: the rolling files go to the user's log directory, one file per screen.
        DeskLogs.prepare(DeskDirectories.resolveDefault().logs(), options.screen());
        // A failing queue listener or callback must leave a trace, never kill the window silently.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> LoggerFactory.getLogger(Main.class)
                .error("Uncaught {} on thread {}", error.getClass().getName(), thread.getName(), error));
        Application.launch(MotCuaDeskApp.class, args);
    }
}
