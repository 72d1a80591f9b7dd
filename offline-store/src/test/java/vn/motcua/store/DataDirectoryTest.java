package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static Properties os(String name, String home) {
        Properties properties = new Properties();
        properties.setProperty("os.name", name);
        properties.setProperty("user.home", home);
        return properties;
    }

    @Test
    void windowsUsesLocalAppData() {
        Path resolved = DataDirectory.resolve(Map.of("LOCALAPPDATA", "C:\\Users\\canbo\\AppData\\Local"),
                os("Windows 11", "C:\\Users\\canbo"));
        assertThat(resolved).isEqualTo(Path.of("C:\\Users\\canbo\\AppData\\Local", "MotCuaDesk"));
    }

    @Test
    void windowsWithoutLocalAppDataFallsBackUnderTheHome() {
        Path resolved = DataDirectory.resolve(Map.of(), os("Windows 10", "C:\\Users\\canbo"));
        assertThat(resolved).isEqualTo(Path.of("C:\\Users\\canbo", "AppData", "Local", "MotCuaDesk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path resolved = DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/ignored"), os("Mac OS X", "/Users/canbo"));
        assertThat(resolved).isEqualTo(Path.of("/Users/canbo/Library/Application Support/MotCuaDesk"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        Path resolved = DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/canbo"), os("Linux", "/home/canbo"));
        assertThat(resolved).isEqualTo(Path.of("/data/canbo/motcua-desk"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        Path resolved = DataDirectory.resolve(Map.of(), os("Linux", "/home/canbo"));
        assertThat(resolved).isEqualTo(Path.of("/home/canbo/.local/share/motcua-desk"));
    }

    @Test
    void relativeOrBlankXdgDataHomeIsIgnoredAsTheSpecSays() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), os("Linux", "/home/canbo")))
                .isEqualTo(Path.of("/home/canbo/.local/share/motcua-desk"));
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "  "), os("FreeBSD", "/home/canbo")))
                .isEqualTo(Path.of("/home/canbo/.local/share/motcua-desk"));
    }

    @Test
    void environmentVariableOverridesThePlatformDefault() {
        Path resolved = DataDirectory.resolve(Map.of("MOTCUA_DATA_DIR", "/srv/motcua", "LOCALAPPDATA", "C:\\x"),
                os("Windows 11", "C:\\Users\\canbo"));
        assertThat(resolved).isEqualTo(Path.of("/srv/motcua"));
    }

    @Test
    void systemPropertyOverridesTheEnvironmentVariable() {
        Properties properties = os("Linux", "/home/canbo");
        properties.setProperty("motcua.data.dir", "/mnt/usb/motcua");
        Path resolved = DataDirectory.resolve(Map.of("MOTCUA_DATA_DIR", "/srv/motcua"), properties);
        assertThat(resolved).isEqualTo(Path.of("/mnt/usb/motcua"));
    }

    @Test
    void blankOverridesAreIgnored() {
        Properties properties = os("Linux", "/home/canbo");
        properties.setProperty("motcua.data.dir", " ");
        Path resolved = DataDirectory.resolve(Map.of("MOTCUA_DATA_DIR", ""), properties);
        assertThat(resolved).isEqualTo(Path.of("/home/canbo/.local/share/motcua-desk"));
    }

    @Test
    void defaultResolvesFromThisProcess() {
        assertThat(DataDirectory.resolveDefault()).isNotNull();
    }
}
