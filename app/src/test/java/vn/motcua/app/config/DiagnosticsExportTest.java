package vn.motcua.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.DeskVersion;
import vn.motcua.app.config.DeskConfigFiles.ConfigEdit;

class DiagnosticsExportTest {
    @TempDir
    Path home;

    @Test
    void theZipHoldsLogsAndSettingsButNoSecret() throws Exception {
        var directories = new DeskDirectories(home.resolve("data"), home.resolve("config"), java.util.Optional.empty(),
                home.resolve("logs"));
        var files = new DeskConfigFiles(directories);
        DeskConfig config = files.save(new ConfigEdit().set(DeskSettings.KEY_AGENCY_NAME, "UBND xã Tà Xùa")
                .set("sync.serviceUrl", "https://motcua.sonla.gov.vn/api/").set("sync.username", "taxua")
                .set("sync.password", "Mat-khau-tinh-2026").set("sync.oauth.clientSecret", "client-s3cret"));
        Files.createDirectories(directories.logs());
        Files.writeString(directories.logs().resolve("motcua-counter.log"), "2026-11-23 08:00:01 INFO started\n");
        Files.write(directories.logs().resolve("motcua-counter-2026-11-22.0.log.gz"), new byte[] {31, -117, 8});

        Path zip = home.resolve("out/chan-doan.zip");
        int logs = DiagnosticsExport.write(zip, files, config, DeskVersion.current(), List.of("scanner: none"),
                Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC));

        assertThat(logs).isEqualTo(2);
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile read = new ZipFile(zip.toFile())) {
            read.stream().forEach(entry -> {
                try {
                    entries.put(entry.getName(), new String(read.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(entries).containsOnlyKeys("about.txt", "config/desk.properties", "logs/motcua-counter.log",
                "logs/motcua-counter-2026-11-22.0.log.gz");
        String everything = String.join("\n", entries.values());
        assertThat(everything).doesNotContain("Mat-khau-tinh-2026", "client-s3cret");
        assertThat(entries.get("config/desk.properties")).contains("desk.agencyName=UBND xã Tà Xùa",
                "sync.username=taxua");
        assertThat(entries.get("about.txt")).startsWith("MotCua Desk ").contains("Exported: 23/11/2026 08:00:00",
                "sync.password set", "Device problems: [scanner: none]", "Logs: " + directories.logs());
        assertThat(DiagnosticsExport.redacted(Map.of("sync.password", "x", "sync.oauth.tokenUrl", "https://t/")))
                .contains("sync.password=***", "sync.oauth.tokenUrl=https\\://t/".replace("\\", ""));
        try (var listing = Files.list(zip.getParent())) {
            assertThat(listing).as("no temporary file left").containsExactly(zip);
        }
    }
}
