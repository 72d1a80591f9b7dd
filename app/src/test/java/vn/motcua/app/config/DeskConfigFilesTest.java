package vn.motcua.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.config.DeskConfigFiles.ConfigEdit;
import vn.motcua.devices.printer.PrinterKind;

/** Real files in a temporary home: load, save, upgrade from the version-1 layout, secrets apart. */
class DeskConfigFilesTest {
    private static final String PASSWORD = "Mat-khau-tinh-2026";

    @TempDir
    Path home;
    private DeskDirectories directories;
    private DeskConfigFiles files;
    private ListAppender<ILoggingEvent> log;

    @BeforeEach
    void setUp() throws Exception {
        directories = new DeskDirectories(home.resolve("data"), home.resolve("config"),
                Optional.of(home.resolve("etc")), home.resolve("logs"));
        files = new DeskConfigFiles(directories);
        log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
    }

    @AfterEach
    void tearDown() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(log);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
    }

    /** A desk.properties as the desk wrote and administrators edited it before format 2. */
    private Path versionOneFile() throws Exception {
        Files.createDirectories(directories.data());
        new DeskSettings(new vn.motcua.core.dossier.AgencyCode("H15.50.05.13"), "UBND xã Tà Xùa", 4, 15,
                java.util.Locale.forLanguageTag("vi-VN"), vn.motcua.core.dossier.SequenceBlock.WHOLE_RANGE)
                .save(directories.data());
        Path file = directories.data().resolve("desk.properties");
        String text = Files.readString(file) + """
                ticketPrinter.kind=TCP
                ticketPrinter.host=192.168.1.50
                scanner.kind=SANE
                scanner.sane.option.source=ADF Duplex
                sync.serviceUrl=https://motcua.sonla.gov.vn/api/
                sync.agency=H15.50.05.13
                sync.username=taxua.motcua
                sync.password=%s
                # a hand-written key no version knows
                office.note=Phòng một cửa tầng 1
                """.formatted(PASSWORD);
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String everythingLogged() {
        return String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void aFreshMachineIsAFirstRunAndNothingIsWritten() {
        DeskConfig config = files.load();
        assertThat(config.firstRun()).isTrue();
        assertThat(config.deskSettings().settings()).isEqualTo(DeskSettings.defaults());
        assertThat(config.deviceSettings().printer().kind()).isEqualTo(PrinterKind.VIRTUAL);
        assertThat(home.resolve("config")).doesNotExist();
    }

    @Test
    void aVersionOneFileMovesToTheConfigDirectoryWithItsPasswordInAnOwnerOnlyFile() throws Exception {
        Path old = versionOneFile();

        DeskConfig config = files.load();

        assertThat(config.firstRun()).isFalse();
        assertThat(config.upgrades()).anyMatch(note -> note.startsWith("moved ")).contains("format 1 → 2");
        assertThat(old).as("the old file is gone once the new ones are written").doesNotExist();
        String desk = Files.readString(files.userFile());
        assertThat(desk).contains("config.version=2", "desk.agencyName=UBND xã Tà Xùa", "office.note=Phòng một cửa tầng 1",
                "scanner.sane.option.source=ADF Duplex").doesNotContain(PASSWORD);
        assertThat(Files.readString(files.secretsFile())).contains("sync.password=" + PASSWORD);
        assertThat(Files.getPosixFilePermissions(files.secretsFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(directories.config()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));

        assertThat(config.deskSettings().settings().counterNumber()).isEqualTo(4);
        assertThat(config.deviceSettings().sync()).hasValueSatisfying(sync -> {
            assertThat(sync.password()).isEqualTo(PASSWORD);
            assertThat(sync.username()).isEqualTo("taxua.motcua");
        });
        assertThat(config.deviceSettings().problems()).isEmpty();
        assertThat(config.toString()).doesNotContain(PASSWORD);
        assertThat(everythingLogged()).contains("sync.password moved to secrets.properties").doesNotContain(PASSWORD);

        DeskConfig again = files.load();
        assertThat(again.upgrades()).as("an upgraded file is upgraded once").isEmpty();
        assertThat(again.values()).isEqualTo(config.values());
    }

    @Test
    void aCrashBetweenWritingTheNewFilesAndRemovingTheOldOneIsFinishedAtTheNextStart() throws Exception {
        Path old = versionOneFile();
        String before = Files.readString(old);
        files.load();
        Files.writeString(old, before); // as if the delete never happened

        DeskConfig config = files.load();
        assertThat(old).doesNotExist();
        assertThat(config.upgrades()).anyMatch(note -> note.startsWith("removed "));
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void anOldFileThatDiffersFromTheMovedOneIsKeptAndReported() throws Exception {
        Path old = versionOneFile();
        files.load();
        Files.writeString(old, "desk.counterNumber=9\n");
        DeskConfig config = files.load();
        assertThat(old).exists();
        assertThat(config.problems()).singleElement().asString().contains("no longer reads");
        assertThat(config.deskSettings().settings().counterNumber()).isEqualTo(4);
    }

    @Test
    void aPasswordTypedIntoDeskPropertiesByHandGoesToTheSecretsFile() throws Exception {
        files.save(new ConfigEdit().set(DeskSettings.KEY_COUNTER, "2"));
        Files.writeString(files.userFile(), Files.readString(files.userFile()) + "sync.oauth.clientSecret=s3cr3t-value\n");
        DeskConfig config = files.load();
        assertThat(Files.readString(files.userFile())).doesNotContain("s3cr3t-value");
        assertThat(Files.readString(files.secretsFile())).contains("sync.oauth.clientSecret=s3cr3t-value");
        assertThat(config.hasSecret("sync.oauth.clientSecret")).isTrue();
        assertThat(everythingLogged()).doesNotContain("s3cr3t-value");
    }

    @Test
    void aSecretsFileOthersCanReadIsTightened() throws Exception {
        files.save(new ConfigEdit().set("sync.password", PASSWORD));
        Files.setPosixFilePermissions(files.secretsFile(), PosixFilePermissions.fromString("rw-r--r--"));
        DeskConfig config = files.load();
        assertThat(Files.getPosixFilePermissions(files.secretsFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(config.upgrades()).anyMatch(note -> note.contains("owner only"));
    }

    @Test
    void savingKeepsEveryKeyTheEditDoesNotNameAndRemovesTheOnesItDoes() throws Exception {
        versionOneFile();
        files.load();
        DeskConfig saved = files.save(new ConfigEdit().set(DeskSettings.KEY_COUNTER, "7")
                .set("ticketPrinter.kind", "SERIAL").set("ticketPrinter.serialPath", "/dev/ttyUSB0")
                .remove("ticketPrinter.host").set("sync.password", "Mat-khau-moi-2027"));

        assertThat(saved.user()).containsEntry("office.note", "Phòng một cửa tầng 1")
                .containsEntry("desk.counterNumber", "7").containsEntry("ticketPrinter.serialPath", "/dev/ttyUSB0")
                .doesNotContainKey("ticketPrinter.host").doesNotContainKey("sync.password");
        assertThat(saved.values()).containsEntry("sync.password", "Mat-khau-moi-2027");
        assertThat(Files.readString(files.userFile())).doesNotContain("Mat-khau-moi-2027");
        assertThat(everythingLogged()).doesNotContain("Mat-khau-moi-2027").doesNotContain(PASSWORD);
    }

    @Test
    void theMachinesSharedFileIsTheBaseTheUsersFileOverrides() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/desk.properties"), """
                desk.agencyCode=H15.50.05.13
                desk.agencyName=UBND xã Tà Xùa
                desk.counterNumber=1
                forms.place=Tà Xùa
                """);
        DeskConfig shared = files.load();
        assertThat(shared.firstRun()).as("the machine is configured").isFalse();
        assertThat(shared.deskSettings().settings().agencyName()).isEqualTo("UBND xã Tà Xùa");

        DeskConfig mine = files.save(new ConfigEdit().set(DeskSettings.KEY_COUNTER, "3"));
        assertThat(mine.deskSettings().settings().counterNumber()).isEqualTo(3);
        assertThat(mine.deviceSettings().formsPlace()).isEqualTo("Tà Xùa");
        assertThat(mine.user()).containsOnlyKeys("config.version", "desk.counterNumber");
    }

    @Test
    void aPasswordInTheSharedFileIsUsedButReportedAsReadableByEveryone() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/desk.properties"), "sync.password=" + PASSWORD + "\n");
        DeskConfig config = files.load();
        assertThat(config.hasSecret("sync.password")).isTrue();
        assertThat(config.problems()).singleElement().asString().contains("readable by every user")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aFileFromANewerVersionIsReadButNeverRewritten() throws Exception {
        Files.createDirectories(directories.config());
        String newer = "config.version=3\ndesk.counterNumber=5\nsync.password=" + PASSWORD + "\n";
        Files.writeString(files.userFile(), newer);
        DeskConfig config = files.load();
        assertThat(Files.readString(files.userFile())).isEqualTo(newer);
        assertThat(config.problems()).singleElement().asString().contains("newer MotCua Desk");
        assertThat(config.deskSettings().settings().counterNumber()).isEqualTo(5);
        assertThatThrownBy(() -> files.save(new ConfigEdit().set(DeskSettings.KEY_COUNTER, "6")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(files.userFile())).isEqualTo(newer);
    }

    @Test
    void anUnreadableFileIsReportedUsedAsEmptyAndKeptAsideWhenTheSettingsScreenSaves() throws Exception {
        Files.createDirectories(directories.config());
        byte[] broken = "desk.agencyName=\\u00zz\n".getBytes(StandardCharsets.UTF_8);
        Files.write(files.userFile(), broken);
        DeskConfig config = files.load();
        assertThat(config.problems()).singleElement().asString().contains("malformed");
        assertThat(Files.readAllBytes(files.userFile())).as("not rewritten by loading").isEqualTo(broken);

        files.save(new ConfigEdit().set(DeskSettings.KEY_COUNTER, "2"));
        assertThat(Files.readAllBytes(files.userFile().resolveSibling("desk.properties.unreadable"))).isEqualTo(broken);
        assertThat(files.load().problems()).isEmpty();
    }

    @Test
    void everyValueSurvivesTheRoundTripThroughTheFile() throws Exception {
        String awkward = " lề trái, \\ gạch, = bằng, : hai chấm, # thăng, ! chấm than\tvà tab\nxuống dòng";
        files.save(new ConfigEdit().set(DeskSettings.KEY_AGENCY_NAME, awkward).set("key with space", "x"));
        Properties read = new Properties();
        try (var reader = Files.newBufferedReader(files.userFile(), StandardCharsets.UTF_8)) {
            read.load(reader);
        }
        assertThat(read.getProperty(DeskSettings.KEY_AGENCY_NAME)).isEqualTo(awkward);
        assertThat(read.getProperty("key with space")).isEqualTo("x");
        assertThat(Files.readString(files.userFile())).as("Vietnamese stays readable").contains("lề trái");
    }
}
