package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.SequenceBlock;

class DeskSettingsTest {
    @TempDir
    Path directory;

    @Test
    void aFirstStartGetsClearlyMarkedDemoDefaultsWrittenToDisk() throws IOException {
        DeskSettings.Loaded loaded = DeskSettings.loadOrCreate(directory);

        DeskSettings settings = loaded.settings();
        assertThat(loaded.fileExisted()).isFalse();
        assertThat(settings.agencyCode().value()).isEqualTo("000.00.00.H00");
        assertThat(settings.isDemo()).isTrue();
        assertThat(settings.counterNumber()).isEqualTo(1);
        assertThat(settings.idleLockTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.locale().toLanguageTag()).isEqualTo("vi-VN");
        assertThat(settings.sequenceBlock()).isEqualTo(SequenceBlock.WHOLE_RANGE);
        String file = Files.readString(directory.resolve("desk.properties"), StandardCharsets.UTF_8);
        assertThat(file).contains("desk.agencyName=UBND Phường Mẫu").contains("# Số quầy");
        assertThat(DeskSettings.load(directory).settings()).isEqualTo(settings);
    }

    @Test
    void savedSettingsReadBackExactlyAndLeaveNoTemporaryFile() throws IOException {
        var settings = new DeskSettings(new AgencyCode("H15.50.05.13"), " UBND xã Tà Xùa, tỉnh Sơn La\\mới ", 7, 15,
                Locale.ENGLISH, new SequenceBlock(5000, 9999));
        settings.save(directory);
        settings.withCounterNumber(8).save(directory);

        DeskSettings.Loaded loaded = DeskSettings.load(directory);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(settings.withCounterNumber(8));
        assertThat(loaded.settings().agencyName()).isEqualTo("UBND xã Tà Xùa, tỉnh Sơn La\\mới");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("desk.properties");
        }
    }

    @Test
    void badValuesFallBackOneByOneAndTheFileIsLeftAlone() throws IOException {
        String text = """
                desk.agencyCode=000.00.12.H62
                desk.agencyName=Bộ phận Một cửa phường Ba Đình
                desk.counterNumber=bốn
                desk.idleLockMinutes=0
                desk.locale=fr
                desk.dossierSequenceBlock=9-1
                """;
        Files.writeString(directory.resolve("desk.properties"), text, StandardCharsets.UTF_8);

        DeskSettings.Loaded loaded = DeskSettings.loadOrCreate(directory);

        assertThat(loaded.settings().agencyCode().value()).isEqualTo("000.00.12.H62");
        assertThat(loaded.settings().agencyName()).isEqualTo("Bộ phận Một cửa phường Ba Đình");
        assertThat(loaded.settings().isDemo()).isFalse();
        assertThat(loaded.settings().counterNumber()).isEqualTo(1);
        assertThat(loaded.settings().idleLockMinutes()).isEqualTo(10);
        assertThat(loaded.settings().locale().toLanguageTag()).isEqualTo("vi-VN");
        assertThat(loaded.settings().sequenceBlock()).isEqualTo(SequenceBlock.WHOLE_RANGE);
        assertThat(loaded.problems()).hasSize(4).anySatisfy(p -> assertThat(p).startsWith("desk.counterNumber"));
        assertThat(Files.readString(directory.resolve("desk.properties"), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
