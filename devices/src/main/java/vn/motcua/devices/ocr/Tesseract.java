package vn.motcua.devices.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import vn.motcua.devices.pdf.RecognisedWord;

/**
 * The {@code tesseract} command (Debian: tesseract-ocr, tesseract-ocr-vie) run on one page image with hOCR
 * output. One OCR thread: OMP_THREAD_LIMIT=1 leaves the other core to the counter's intake.
 */
public final class Tesseract {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final int MIN_CONFIDENCE = 20;

    private final String command;
    private final String languages;
    private final Duration timeout;
    private final Path temporaryDirectory;

    public Tesseract(String command, String languages, Duration timeout, Path temporaryDirectory) {
        this.command = Objects.requireNonNull(command, "command");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.temporaryDirectory = Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
    }

    /** Tesseract for Vietnamese from the PATH. */
    public static Tesseract vietnamese(Path temporaryDirectory) {
        return new Tesseract("tesseract", "vie", DEFAULT_TIMEOUT, temporaryDirectory);
    }

    /** True when the command runs and knows every configured language. */
    public boolean available() {
        try {
            Path out = Files.createTempFile(temporaryDirectory, "tesseract-langs-", ".txt");
            try {
                if (run(out, command, "--list-langs") != 0) {
                    return false;
                }
                List<String> known = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(String::strip).toList();
                return List.of(languages.split("\\+")).stream().allMatch(known::contains);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** The words on a page image; {@code dpi} tells Tesseract the text size. */
    public List<RecognisedWord> recognise(BufferedImage page, int dpi) throws IOException {
        Path image = Files.createTempFile(temporaryDirectory, "ocr-page-", ".pgm");
        Path hocr = Files.createTempFile(temporaryDirectory, "ocr-page-", ".hocr");
        try {
            writePgm(page, image);
            int exit = run(hocr, command, image.toString(), "stdout", "-l", languages, "--dpi", Integer.toString(dpi),
                    "hocr");
            if (exit != 0) {
                throw new IOException("tesseract ended with status " + exit);
            }
            return HocrWords.parse(Files.readAllBytes(hocr), MIN_CONFIDENCE);
        } finally {
            Files.deleteIfExists(image);
            Files.deleteIfExists(hocr);
        }
    }

    private int run(Path stdout, String... commandLine) throws IOException {
        var builder = new ProcessBuilder(commandLine).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for tesseract", e);
        }
    }

    /** Binary PGM: Tesseract reads it without a PNG encoder in between, which would cost more than OCR's input needs. */
    private static void writePgm(BufferedImage page, Path file) throws IOException {
        BufferedImage grey = page;
        if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = grey.createGraphics();
            g.drawImage(page, 0, 0, null);
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("P5\n%d %d\n255\n".formatted(grey.getWidth(), grey.getHeight()).getBytes(StandardCharsets.US_ASCII));
            out.write(pixels, 0, grey.getWidth() * grey.getHeight());
        }
    }
}
