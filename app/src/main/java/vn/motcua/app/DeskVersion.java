package vn.motcua.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * What is running: the desk's version (from the jar's manifest), the Java runtime and JavaFX, and whether JavaFX
 * comes from the runtime's own modules (the installed app) or from jars on the class path (a developer's run).
 * Reading it starts no toolkit, so {@code --version} works without a display.
 */
public record DeskVersion(String desk, String java, String javaVendor, String javafx, boolean javafxFromModules,
        Path javaHome) {

    public static DeskVersion current() {
        String desk = Objects.requireNonNullElse(Main.class.getPackage().getImplementationVersion(), "dev");
        Class<?> javafxBase = javafx.beans.Observable.class;
        String javafx = "unknown";
        try (InputStream in = javafxBase.getResourceAsStream("/javafx.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                javafx = properties.getProperty("javafx.runtime.version", properties.getProperty("javafx.version",
                        javafx));
            }
        } catch (IOException e) {
            // stays unknown
        }
        return new DeskVersion(desk, Runtime.version().toString(), System.getProperty("java.vendor", ""), javafx,
                javafxBase.getModule().isNamed(), Path.of(System.getProperty("java.home", "")));
    }

    /** Three lines for {@code --version}; the first is {@code MotCua Desk <version>}. */
    public String describe() {
        return "MotCua Desk " + desk + "\n"
                + "Java " + java + " (" + javaVendor + "), JavaFX " + javafx
                + (javafxFromModules ? " (runtime modules)" : " (class path)") + "\n"
                + "Runtime: " + javaHome;
    }
}
