package vn.motcua.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import vn.motcua.store.DataDirectory;

/**
 * Where the desk keeps things on this machine:
 * <table>
 * <caption>per platform</caption>
 * <tr><th></th><th>Linux (XDG)</th><th>Windows</th></tr>
 * <tr><td>data (database, scans)</td><td>{@code $XDG_DATA_HOME/motcua-desk}</td><td>{@code %LOCALAPPDATA%\MotCuaDesk}</td></tr>
 * <tr><td>config (desk.properties, secrets)</td><td>{@code $XDG_CONFIG_HOME/motcua-desk}</td>
 * <td>{@code %LOCALAPPDATA%\MotCuaDesk\config}</td></tr>
 * <tr><td>shared config (the machine's defaults)</td><td>{@code /etc/motcua-desk}</td>
 * <td>{@code %PROGRAMDATA%\MotCuaDesk}</td></tr>
 * <tr><td>logs</td><td>{@code $XDG_STATE_HOME/motcua-desk/logs}</td><td>{@code %LOCALAPPDATA%\MotCuaDesk\logs}</td></tr>
 * </table>
 * A data directory given by hand ({@code -Dmotcua.data.dir}, {@code MOTCUA_DATA_DIR}) is self-contained: config and
 * logs go inside it and no shared config is read, so a training or test copy never mixes with the real one. The
 * config and shared directories have overrides of their own ({@value #CONFIG_PROPERTY}, {@value #SHARED_PROPERTY}).
 *
 * @param sharedConfig empty when the machine's shared settings are not read (self-contained directories)
 */
public record DeskDirectories(Path data, Path config, Optional<Path> sharedConfig, Path logs) {
    public static final String CONFIG_PROPERTY = "motcua.config.dir";
    public static final String CONFIG_ENVIRONMENT = "MOTCUA_CONFIG_DIR";
    public static final String SHARED_PROPERTY = "motcua.shared.config.dir";
    public static final String SHARED_ENVIRONMENT = "MOTCUA_SHARED_CONFIG_DIR";
    /** The directory Debian's package leaves for the machine's shared settings; purge removes it. */
    public static final Path LINUX_SHARED = Path.of("/etc", DataDirectory.XDG_NAME);

    public DeskDirectories {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sharedConfig, "sharedConfig");
        Objects.requireNonNull(logs, "logs");
    }

    /** Everything in one directory: tests, training copies, a data directory given by hand. */
    public static DeskDirectories selfContained(Path directory) {
        return new DeskDirectories(directory, directory, Optional.empty(), directory.resolve("logs"));
    }

    public static DeskDirectories resolveDefault() {
        return resolve(System.getenv(), System.getProperties());
    }

    /** A pure function of its arguments, so every platform's branch can be tested on any platform. */
    public static DeskDirectories resolve(Map<String, String> env, Properties systemProperties) {
        Path data = DataDirectory.resolve(env, systemProperties).toAbsolutePath();
        Optional<Path> configOverride = firstNonBlank(systemProperties.getProperty(CONFIG_PROPERTY),
                env.get(CONFIG_ENVIRONMENT)).map(Path::of);
        Optional<Path> sharedOverride = firstNonBlank(systemProperties.getProperty(SHARED_PROPERTY),
                env.get(SHARED_ENVIRONMENT)).map(Path::of);
        boolean dataByHand = firstNonBlank(systemProperties.getProperty(DataDirectory.PROPERTY),
                env.get(DataDirectory.ENVIRONMENT)).isPresent();
        if (dataByHand) {
            return new DeskDirectories(data, configOverride.orElse(data), sharedOverride, data.resolve("logs"));
        }
        String os = systemProperties.getProperty("os.name", "");
        String home = systemProperties.getProperty("user.home", "");
        Path config;
        Path shared;
        Path logs;
        if (os.startsWith("Windows")) {
            Path local = firstNonBlank(env.get("LOCALAPPDATA"), null).map(Path::of)
                    .orElse(Path.of(home, "AppData", "Local")).resolve(DataDirectory.WINDOWS_NAME);
            config = local.resolve("config");
            logs = local.resolve("logs");
            shared = firstNonBlank(env.get("PROGRAMDATA"), env.get("ALLUSERSPROFILE")).map(Path::of)
                    .orElse(Path.of("C:\\ProgramData")).resolve(DataDirectory.WINDOWS_NAME);
        } else if (os.startsWith("Mac")) {
            config = Path.of(home, "Library", "Preferences", DataDirectory.MAC_NAME);
            logs = Path.of(home, "Library", "Logs", DataDirectory.MAC_NAME);
            shared = Path.of("/Library", "Application Support", DataDirectory.MAC_NAME);
        } else {
            config = xdg(env, "XDG_CONFIG_HOME", home, ".config").resolve(DataDirectory.XDG_NAME);
            logs = xdg(env, "XDG_STATE_HOME", home, ".local/state").resolve(DataDirectory.XDG_NAME).resolve("logs");
            shared = LINUX_SHARED;
        }
        return new DeskDirectories(data, configOverride.orElse(config), Optional.of(sharedOverride.orElse(shared)),
                logs);
    }

    /** The XDG Base Directory spec: a relative value is invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String variable, String home, String fallback) {
        return firstNonBlank(env.get(variable), null).filter(value -> value.startsWith("/")).map(Path::of)
                .orElse(Path.of(home).resolve(fallback));
    }

    private static Optional<String> firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return Optional.of(first.strip());
        }
        if (second != null && !second.isBlank()) {
            return Optional.of(second.strip());
        }
        return Optional.empty();
    }
}
