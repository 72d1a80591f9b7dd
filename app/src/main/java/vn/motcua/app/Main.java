package vn.motcua.app;

import org.slf4j.LoggerFactory;
import javafx.application.Application;

/**
 * Entry point. Deliberately not an {@link Application} subclass, so the desk starts from the plain class path
 * (the JavaFX launcher refuses a main class extending Application when JavaFX is not on the module path).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // A failing queue listener or callback must leave a trace, never kill the window silently.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> LoggerFactory.getLogger(Main.class)
                .error("Uncaught {} on thread {}", error.getClass().getName(), thread.getName(), error));
        Application.launch(MotCuaDeskApp.class, args);
    }
}
