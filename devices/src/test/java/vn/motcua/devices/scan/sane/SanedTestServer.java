package vn.motcua.devices.scan.sane;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real saned on 127.0.0.1 serving only the SANE {@code test} backend (two virtual scanners, {@code test:0}
 * and {@code test:1}, with an A4 bed and a feeder that runs empty after 10 pages), on an ephemeral port.
 * Use it as {@code @RegisterExtension static SanedTestServer saned = new SanedTestServer();} or start and
 * close it yourself. Without saned installed it fails under CI ({@code CI=true}) and aborts the tests
 * elsewhere, naming the Debian packages to install ({@code scripts/test-apt-packages.txt}).
 */
public final class SanedTestServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    private static final Pattern PORT = Pattern.compile("selected ephemeral port: (\\d+)");
    private static final List<String> SANED_PLACES = List.of("/usr/sbin/saned", "/usr/local/sbin/saned",
            "/usr/bin/saned");
    private static final Path TEST_BACKEND_CONF = Path.of("/etc/sane.d/test.conf");
    private static final Duration STARTUP = Duration.ofSeconds(10);

    private Path directory;
    private Process saned;
    private int port;

    /** Starts saned; a no-op when it already runs. */
    public synchronized SanedTestServer start() throws IOException {
        if (saned != null && saned.isAlive()) {
            return this;
        }
        Path executable = requireInstalled();
        directory = Files.createTempDirectory("saned-test");
        Files.writeString(directory.resolve("dll.conf"), "test\n");
        Files.writeString(directory.resolve("saned.conf"), "");
        Files.writeString(directory.resolve("test.conf"), a4TestConf(Files.readString(TEST_BACKEND_CONF)));
        Path log = directory.resolve("saned.log");
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-l", "-e", "-d", "5",
                "-b", "127.0.0.1", "-p", "0")
                .directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile());
        builder.environment().put("SANE_CONFIG_DIR", directory.toString());
        saned = builder.start();
        port = awaitPort(log);
        return this;
    }

    /** The test backend's configuration with an A4 bed (the packaged one is 200 x 200 mm of an 80 x 100 mm page). */
    static String a4TestConf(String packaged) {
        return packaged.replaceAll("(?m)^geometry_max .*$", "geometry_max 300.0")
                .replaceAll("(?m)^br_x .*$", "br_x 210.0")
                .replaceAll("(?m)^br_y .*$", "br_y 297.0");
    }

    private int awaitPort(Path log) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            Matcher matcher = PORT.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!saned.isAlive()) {
                break;
            }
            sleep(20);
        }
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        close();
        throw new IOException("saned did not report its port within " + STARTUP.toSeconds() + " s; its log:\n" + text);
    }

    public int port() {
        if (saned == null) {
            throw new IllegalStateException("saned is not started");
        }
        return port;
    }

    /** Settings that reach this saned, with short timeouts fit for tests. */
    public SaneSettings settings() {
        return SaneSettings.of("127.0.0.1", port()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** The id of test scanner {@code test:N}. */
    public String deviceId(int number) {
        return new SaneDeviceId("127.0.0.1", port(), "test:" + number).toString();
    }

    /** saned's debug log so far, for a failing test's message. */
    public String log() {
        try {
            return directory == null ? "" : Files.readString(directory.resolve("saned.log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Ends saned and the children serving connections at once, like a scan server losing power. */
    public synchronized void kill() {
        if (saned == null) {
            return;
        }
        saned.descendants().forEach(ProcessHandle::destroyForcibly);
        saned.destroyForcibly();
        await(saned);
    }

    @Override
    public synchronized void close() {
        if (saned == null) {
            return;
        }
        saned.descendants().forEach(ProcessHandle::destroy);
        saned.destroy();
        if (!await(saned)) {
            kill();
        }
        saned = null;
        deleteQuietly(directory);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public static boolean installed() {
        return executable() != null && Files.isReadable(TEST_BACKEND_CONF);
    }

    private static Path requireInstalled() {
        Path executable = executable();
        if (executable != null && Files.isReadable(TEST_BACKEND_CONF)) {
            return executable;
        }
        String message = "saned and the SANE test backend are not installed: apt-get install sane-utils libsane1"
                + " (see scripts/test-apt-packages.txt; run-tests.sh installs them as root)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
        return null;
    }

    private static Path executable() {
        for (String place : SANED_PLACES) {
            if (Files.isExecutable(Path.of(place))) {
                return Path.of(place);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "saned"))) {
                return Path.of(dir, "saned");
            }
        }
        return null;
    }

    private static boolean await(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans it eventually
        }
    }
}
