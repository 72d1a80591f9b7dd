package vn.motcua.devices.printer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals made by socat: what is written to one is read from the other, like a null-modem
 * cable. Starts socat itself and ends it on close. Use {@link #socatInstalled()} in an assumption.
 */
public final class SocatPtyPair implements AutoCloseable {
    private static final String READY = "starting data transfer loop";

    private final Process socat;
    private final Path a;
    private final Path b;

    public SocatPtyPair(Path directory) throws IOException {
        this(directory, "ttyA", "ttyB");
    }

    /** A pair whose links have these names in the directory, so several pairs can share one directory. */
    public SocatPtyPair(Path directory, String nameA, String nameB) throws IOException {
        this.a = directory.resolve(nameA);
        this.b = directory.resolve(nameB);
        socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .start();
        awaitReady();
    }

    /** socat -d -d logs a line when both ptys exist and it relays between them. */
    private void awaitReady() throws IOException {
        BufferedReader log = new BufferedReader(new InputStreamReader(socat.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = log.readLine()) != null) {
            lines.add(line);
            if (line.contains(READY)) {
                Thread drain = new Thread(() -> drain(log), "socat-log");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IOException("socat ended before the ptys were ready: " + lines);
    }

    /** Reads socat's log until it ends; closing the pair closes the stream under the reader, which is fine. */
    private static void drain(BufferedReader log) {
        try {
            log.lines().forEach(ignored -> { });
        } catch (java.io.UncheckedIOException closed) {
            // socat was stopped
        }
    }

    public static boolean socatInstalled() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** The end the code under test opens. */
    public Path a() {
        return a;
    }

    /** The end the emulated device opens. */
    public Path b() {
        return b;
    }

    /**
     * Kills socat without warning (SIGKILL), like a USB cable pulled out: both ptys vanish at once and the links
     * stay behind pointing at nothing until a new pair is made in the same place.
     */
    public void unplug() {
        socat.destroyForcibly();
        try {
            socat.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            socat.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
