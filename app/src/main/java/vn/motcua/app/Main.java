package vn.motcua.app;

import javafx.application.Application;

/**
 * Entry point. Deliberately not an {@link Application} subclass, so the desk starts from the plain class path
 * (the JavaFX launcher refuses a main class extending Application when JavaFX is not on the module path).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(MotCuaDeskApp.class, args);
    }
}
