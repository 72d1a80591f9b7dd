package vn.motcua.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeskDirectoriesTest {
    private static Properties system(String os, String home, String... pairs) {
        Properties properties = new Properties();
        properties.setProperty("os.name", os);
        properties.setProperty("user.home", home);
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void linuxFollowsTheXdgBaseDirectories() {
        var directories = DeskDirectories.resolve(Map.of(), system("Linux", "/home/lan"));
        assertThat(directories.data()).isEqualTo(Path.of("/home/lan/.local/share/motcua-desk"));
        assertThat(directories.config()).isEqualTo(Path.of("/home/lan/.config/motcua-desk"));
        assertThat(directories.logs()).isEqualTo(Path.of("/home/lan/.local/state/motcua-desk/logs"));
        assertThat(directories.sharedConfig()).contains(Path.of("/etc/motcua-desk"));

        var xdg = DeskDirectories.resolve(Map.of("XDG_CONFIG_HOME", "/srv/cfg", "XDG_STATE_HOME", "/srv/state",
                "XDG_DATA_HOME", "/srv/data"), system("Linux", "/home/lan"));
        assertThat(xdg.config()).isEqualTo(Path.of("/srv/cfg/motcua-desk"));
        assertThat(xdg.logs()).isEqualTo(Path.of("/srv/state/motcua-desk/logs"));
        assertThat(xdg.data()).isEqualTo(Path.of("/srv/data/motcua-desk"));

        var relative = DeskDirectories.resolve(Map.of("XDG_CONFIG_HOME", "cfg"), system("Linux", "/home/lan"));
        assertThat(relative.config()).as("a relative XDG value is ignored").isEqualTo(Path.of("/home/lan/.config/motcua-desk"));
    }

    @Test
    void windowsKeepsTheUsersThingsInLocalAppDataAndTheMachinesInProgramData() {
        var directories = DeskDirectories.resolve(Map.of("LOCALAPPDATA", "C:\\Users\\lan\\AppData\\Local",
                "PROGRAMDATA", "C:\\ProgramData"), system("Windows 11", "C:\\Users\\lan"));
        assertThat(directories.data().toString()).endsWith("MotCuaDesk");
        assertThat(directories.config().toString()).contains("AppData\\Local").endsWith("config");
        assertThat(directories.logs().toString()).endsWith("logs");
        assertThat(directories.sharedConfig().orElseThrow().toString()).startsWith("C:\\ProgramData").endsWith("MotCuaDesk");
    }

    @Test
    void aDataDirectoryGivenByHandHoldsEverythingAndReadsNoSharedSettings() {
        var directories = DeskDirectories.resolve(Map.of(), system("Linux", "/home/lan", "motcua.data.dir",
                "/tmp/training"));
        assertThat(directories).isEqualTo(DeskDirectories.selfContained(Path.of("/tmp/training")));
        assertThat(directories.sharedConfig()).isEmpty();

        var withShared = DeskDirectories.resolve(Map.of("MOTCUA_DATA_DIR", "/tmp/t", "MOTCUA_SHARED_CONFIG_DIR",
                "/tmp/etc"), system("Linux", "/home/lan"));
        assertThat(withShared.sharedConfig()).isEqualTo(Optional.of(Path.of("/tmp/etc")));
        assertThat(withShared.config()).isEqualTo(Path.of("/tmp/t"));

        var ownConfig = DeskDirectories.resolve(Map.of(), system("Linux", "/home/lan", "motcua.config.dir", "/tmp/c"));
        assertThat(ownConfig.config()).isEqualTo(Path.of("/tmp/c"));
        assertThat(ownConfig.data()).isEqualTo(Path.of("/home/lan/.local/share/motcua-desk"));
    }
}
