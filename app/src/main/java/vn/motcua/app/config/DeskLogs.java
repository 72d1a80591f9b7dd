package vn.motcua.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.app.LaunchOptions;

/**
 * Where the log files go ({@code logback.xml} reads {@value #DIRECTORY_PROPERTY} and {@value #NAME_PROPERTY}).
 * Each screen's process writes its own file set, so a counter and a kiosk on one machine never share a rolling
 * file.
 */
public final class DeskLogs {
    public static final String DIRECTORY_PROPERTY = "motcua.log.dir";
    public static final String NAME_PROPERTY = "motcua.log.name";

    private DeskLogs() {
    }

    /** Call before the first logger is created. A directory that cannot be made falls back to the temp directory. */
    public static void prepare(Path directory, LaunchOptions.Screen screen) {
        Path chosen = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            chosen = Path.of(System.getProperty("java.io.tmpdir"), "motcua-desk-logs");
        }
        System.setProperty(DIRECTORY_PROPERTY, chosen.toAbsolutePath().toString());
        System.setProperty(NAME_PROPERTY, "motcua-" + screen.argument());
    }
}
