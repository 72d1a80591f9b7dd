package vn.motcua.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the desk keeps its database and scanned files: the platform's per-user application data
 * directory unless overridden (system property {@value #PROPERTY}, then environment variable
 * {@value #ENVIRONMENT}).
 */
public final class DataDirectory {
    public static final String PROPERTY = "motcua.data.dir";
    public static final String ENVIRONMENT = "MOTCUA_DATA_DIR";
    public static final String WINDOWS_NAME = "MotCuaDesk";
    public static final String MAC_NAME = "MotCuaDesk";
    public static final String XDG_NAME = "motcua-desk";

    private DataDirectory() {
    }

    /** A pure function of its arguments, so every platform's branch can be tested on any platform. */
    public static Path resolve(Map<String, String> env, Properties systemProperties) {
        String override = firstNonBlank(systemProperties.getProperty(PROPERTY), env.get(ENVIRONMENT));
        if (override != null) {
            return Path.of(override);
        }
        String os = systemProperties.getProperty("os.name", "");
        String home = systemProperties.getProperty("user.home", "");
        if (os.startsWith("Windows")) {
            String localAppData = firstNonBlank(env.get("LOCALAPPDATA"), null);
            Path base = localAppData != null ? Path.of(localAppData) : Path.of(home, "AppData", "Local");
            return base.resolve(WINDOWS_NAME);
        }
        if (os.startsWith("Mac")) {
            return Path.of(home, "Library", "Application Support", MAC_NAME);
        }
        return xdgDataHome(env, home).resolve(XDG_NAME);
    }

    public static Path resolveDefault() {
        return resolve(System.getenv(), System.getProperties());
    }

    /** The XDG Base Directory spec says a relative $XDG_DATA_HOME is invalid and must be ignored. */
    private static Path xdgDataHome(Map<String, String> env, String home) {
        String xdg = firstNonBlank(env.get("XDG_DATA_HOME"), null);
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg);
        }
        return Path.of(home, ".local", "share");
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        if (second != null && !second.isBlank()) {
            return second.strip();
        }
        return null;
    }
}
