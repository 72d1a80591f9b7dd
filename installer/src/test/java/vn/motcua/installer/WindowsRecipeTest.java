package vn.motcua.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.motcua.app.LaunchOptions;

/**
 * The Windows MSI cannot be built on these Linux machines, so its WiX file is checked here: well-formed XML in the
 * WiX v4+ namespaces, only elements WiX defines, a fixed upgrade code and a major upgrade, stable component GUIDs,
 * a Start-menu shortcut for every launcher the packaging defines (the same launchers as the .deb, each opening the
 * screen its arguments name), the shared settings folder kept on uninstall unless PURGE=1, and a build script that
 * uses them.
 */
class WindowsRecipeTest {
    private static final String WIX = "http://wixtoolset.org/schemas/v4/wxs";
    private static final String UTIL = "http://wixtoolset.org/schemas/v4/wxs/util";
    private static final Pattern GUID = Pattern.compile("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}");
    /** The WiX v4/v5 elements this file may use (wix.xsd, util.xsd); a typo or an element of WiX 3 fails. */
    private static final Set<String> KNOWN = Set.of("Wix", "Package", "SummaryInformation", "MajorUpgrade",
            "MediaTemplate", "Icon", "Property", "SetProperty", "StandardDirectory", "Directory", "ComponentGroup",
            "Component", "Files", "File", "Shortcut", "RemoveFolder", "RegistryValue", "CreateFolder", "Feature",
            "ComponentGroupRef", "ComponentRef", "util:RemoveFolderEx");
    private static final Path INSTALLER = Path.of("").toAbsolutePath();
    private static Document wxs;
    private static List<String> launchers;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        wxs = factory.newDocumentBuilder().parse(INSTALLER.resolve("windows/MotCuaDesk.wxs").toFile());
        launchers = new ArrayList<>(List.of("motcua-desk"));
        try (Stream<Path> files = Files.list(INSTALLER.resolve("src/packaging/launchers"))) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length())).sorted()
                    .forEach(launchers::add);
        }
    }

    private static List<Element> all(String namespace, String name) {
        NodeList nodes = wxs.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element one(String name) {
        List<Element> found = all(WIX, name);
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }

    @Test
    void theFileIsWixV4XmlWithOnlyElementsWixDefines() {
        assertThat(wxs.getDocumentElement().getLocalName()).isEqualTo("Wix");
        assertThat(wxs.getDocumentElement().getNamespaceURI()).isEqualTo(WIX);
        Set<String> used = new TreeSet<>();
        NodeList every = wxs.getElementsByTagName("*");
        for (int i = 0; i < every.getLength(); i++) {
            Element element = (Element) every.item(i);
            assertThat(element.getNamespaceURI()).as(element.getTagName()).isIn(WIX, UTIL);
            used.add(element.getTagName());
        }
        assertThat(KNOWN).containsAll(used);
    }

    @Test
    void upgradesReplaceTheProgramAndKeepAFixedIdentity() {
        Element pack = one("Package");
        assertThat(pack.getAttribute("UpgradeCode")).matches(GUID).isEqualTo("{1B4FD661-693D-441F-A12B-517EDDBC110D}");
        assertThat(pack.getAttribute("Scope")).isEqualTo("perMachine");
        assertThat(pack.getAttribute("Version")).isEqualTo("$(var.Version)");
        assertThat(one("MajorUpgrade").getAttribute("DowngradeErrorMessage")).isNotBlank();
        Set<String> guids = new HashSet<>();
        for (Element component : all(WIX, "Component")) {
            assertThat(component.getAttribute("Guid")).as(component.getAttribute("Id")).matches(GUID);
            assertThat(guids.add(component.getAttribute("Guid"))).as("unique " + component.getAttribute("Guid")).isTrue();
        }
        assertThat(one("Files").getAttribute("Include")).isEqualTo("!(bindpath.AppImage)\\**");
    }

    @Test
    void everyLauncherHasAStartMenuShortcutAndOpensItsOwnScreen() throws IOException {
        assertThat(launchers).containsExactly("motcua-desk", "motcua-board", "motcua-kiosk", "motcua-supervisor");
        List<String> targets = all(WIX, "Shortcut").stream().map(s -> s.getAttribute("Target")).toList();
        assertThat(targets).containsExactlyInAnyOrderElementsOf(launchers.stream()
                .map(name -> "[INSTALLFOLDER]" + name + ".exe").toList());
        Set<LaunchOptions.Screen> screens = new TreeSet<>(List.of(LaunchOptions.Screen.COUNTER));
        for (String launcher : launchers.subList(1, launchers.size())) {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(
                    INSTALLER.resolve("src/packaging/launchers/" + launcher + ".properties"))));
            LaunchOptions options = LaunchOptions.parse(List.of(properties.getProperty("arguments").split(" ")));
            assertThat("motcua-" + options.screen().argument()).as("the launcher's name says its screen").isEqualTo(launcher);
            screens.add(options.screen());
            assertThat(properties.getProperty("win-shortcut")).isEqualTo("true");
            assertThat(properties.getProperty("linux-shortcut")).isEqualTo("true");
        }
        assertThat(screens).containsExactlyInAnyOrder(LaunchOptions.Screen.values());
        for (String launcher : launchers) {
            String desktop = Files.readString(INSTALLER.resolve("src/packaging/linux/" + launcher + ".desktop"));
            assertThat(desktop).as(launcher + ".desktop").contains("Exec=APPLICATION_LAUNCHER", "Icon=APPLICATION_ICON",
                    "Name[en]=");
        }
    }

    @Test
    void theSharedSettingsFolderIsKeptOnUninstallUnlessPurgeIsAsked() {
        List<Element> components = all(WIX, "Component");
        Element kept = components.stream().filter(c -> c.getAttribute("Id").equals("SharedConfigFolderKept"))
                .findFirst().orElseThrow();
        assertThat(kept.getAttribute("Permanent")).isEqualTo("yes");
        Element purge = components.stream().filter(c -> c.getAttribute("Id").equals("SharedConfigPurge"))
                .findFirst().orElseThrow();
        assertThat(purge.getAttribute("Condition")).isEqualTo("PURGE = 1");
        Element remove = all(UTIL, "RemoveFolderEx").getFirst();
        assertThat(remove.getAttribute("On")).isEqualTo("uninstall");
        assertThat(remove.getAttribute("Property")).isEqualTo("SHAREDCONFIGDIR");
        assertThat(all(WIX, "SetProperty").getFirst().getAttribute("Value")).isEqualTo("[CommonAppDataFolder]MotCuaDesk\\");
        assertThat(all(WIX, "RemoveFolder")).as("only the Start-menu folder").singleElement()
                .satisfies(folder -> assertThat(folder.getAttribute("Id")).isEqualTo("RemoveMenuFolder"));
    }

    @Test
    void theBuildScriptMakesTheImageTheWixFileExpects() throws IOException {
        String script = Files.readString(INSTALLER.resolve("windows/build-msi.ps1"));
        assertThat(script).contains("--name motcua-desk", "-bindpath \"AppImage=$work\\image\\motcua-desk\"",
                "-d \"Version=$appVersion\"", "-ext WixToolset.Util.wixext", "installer\\windows\\MotCuaDesk.wxs",
                "javafx-*-win.jar", "icons\\motcua-desk.ico");
        for (String launcher : launchers.subList(1, launchers.size())) {
            assertThat(script).contains("--add-launcher \"" + launcher + "=$launchers\\" + launcher + ".properties\"");
        }
        assertThat(INSTALLER.resolve("src/packaging/icons/motcua-desk.ico")).isRegularFile();
    }
}
