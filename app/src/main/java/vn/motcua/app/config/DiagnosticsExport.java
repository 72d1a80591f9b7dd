package vn.motcua.app.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.motcua.app.DeskVersion;

/**
 * The zip an administrator sends to support: the log files (newest first, up to {@value #LOG_LIMIT_BYTES} bytes),
 * the settings files with every secret replaced by {@value #REDACTED}, and a summary of the version, machine,
 * directories and what the settings got wrong. The secrets file never goes in. Logs hold no personal data
 * (logback.xml); the summary holds none either.
 */
public final class DiagnosticsExport {
    public static final String REDACTED = "***";
    static final long LOG_LIMIT_BYTES = 50L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private DiagnosticsExport() {
    }

    /** Writes the zip crash-safely (a temporary file renamed into place) and returns how many log files went in. */
    public static int write(Path target, DeskConfigFiles files, DeskConfig config, DeskVersion version,
            List<String> deviceProblems, Clock clock) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        int logs;
        try {
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
                text(zip, "about.txt", about(files, config, version, deviceProblems, clock));
                text(zip, "config/desk.properties", redacted(config.user()));
                if (!config.shared().isEmpty()) {
                    text(zip, "config/shared-desk.properties", redacted(config.shared()));
                }
                logs = logFiles(zip, files.directories().logs());
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return logs;
    }

    static String redacted(Map<String, String> values) {
        SortedMap<String, String> safe = new TreeMap<>();
        values.forEach((key, value) -> safe.put(key, DeskConfig.isSecret(key) ? REDACTED : value));
        return PropertiesText.render(List.of("Bản xuất chẩn đoán: mật khẩu và khóa bí mật đã được thay bằng "
                + REDACTED + "."), safe);
    }

    private static String about(DeskConfigFiles files, DeskConfig config, DeskVersion version,
            List<String> deviceProblems, Clock clock) {
        List<String> lines = new ArrayList<>();
        lines.add(version.describe());
        lines.add("Exported: " + STAMP.format(clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        lines.add("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        DeskDirectories directories = files.directories();
        lines.add("Data: " + directories.data());
        lines.add("Config: " + directories.config());
        lines.add("Shared config: " + directories.sharedConfig().map(Path::toString).orElse("(not read)"));
        lines.add("Logs: " + directories.logs());
        lines.add("Secrets stored: " + DeskConfig.SECRET_KEYS.stream().sorted()
                .map(key -> key + (config.hasSecret(key) ? " set" : " not set")).toList());
        lines.add("Settings problems: " + config.problems());
        lines.add("Settings upgrades this start: " + config.upgrades());
        lines.add("Device problems: " + deviceProblems);
        return String.join("\n", lines) + "\n";
    }

    private static int logFiles(ZipOutputStream zip, Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return 0;
        }
        List<Path> newestFirst;
        try (Stream<Path> listing = Files.list(logs)) {
            newestFirst = listing.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(DiagnosticsExport::modified).reversed()).toList();
        }
        long budget = LOG_LIMIT_BYTES;
        int count = 0;
        for (Path file : newestFirst) {
            long size = Files.size(file);
            if (size > budget) {
                continue;
            }
            budget -= size;
            zip.putNextEntry(new ZipEntry("logs/" + file.getFileName()));
            Files.copy(file, zip);
            zip.closeEntry();
            count++;
        }
        return count;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void text(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
