package vn.motcua.devices.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.devices.pdf.ComponentFiles;

/**
 * OCR in the background: one worker thread and a bounded queue. {@link #submit} never waits; the outcome
 * arrives through the callback on the worker thread. The caller links the searchable copy to the dossier
 * component in place of the scanned one. Without Tesseract (or its Vietnamese data) OCR is off: logged
 * once, and every job ends {@link Outcome.Skipped}, never as an intake error.
 */
public final class OcrQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OcrQueue.class);

    /** How an OCR job ended. */
    public sealed interface Outcome {
        StoredFileRef scanned();

        /** {@code searchable} is the PDF/A-2u copy with its text layer, already in the store. */
        record Searchable(StoredFileRef scanned, StoredFileRef searchable, int words) implements Outcome {
        }

        record Skipped(StoredFileRef scanned, String reason) implements Outcome {
        }

        record Failed(StoredFileRef scanned, String reason) implements Outcome {
        }
    }

    private final Tesseract tesseract;
    private final ScannedFileStore store;
    private final Path temporaryDirectory;
    private final ThreadPoolExecutor worker;
    private Boolean available;

    public OcrQueue(Tesseract tesseract, ScannedFileStore store, Path temporaryDirectory, int capacity) {
        this.tesseract = Objects.requireNonNull(tesseract, "tesseract");
        this.store = Objects.requireNonNull(store, "store");
        this.temporaryDirectory = Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity),
                Thread.ofPlatform().daemon().name("ocr").priority(Thread.MIN_PRIORITY).factory());
    }

    /** Queues a stored scanned PDF for OCR; false (at once) when the queue is full or closed. */
    public boolean submit(StoredFileRef scanned, Consumer<Outcome> whenDone) {
        Objects.requireNonNull(scanned, "scanned");
        Objects.requireNonNull(whenDone, "whenDone");
        try {
            worker.execute(() -> deliver(whenDone, run(scanned)));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private Outcome run(StoredFileRef scanned) {
        if (!available()) {
            return new Outcome.Skipped(scanned, "Tesseract with Vietnamese is not installed");
        }
        try {
            return searchable(scanned);
        } catch (IOException | RuntimeException e) {
            LOG.warn("OCR of stored file {} failed: {}", scanned.sha256(), e.toString());
            return new Outcome.Failed(scanned, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private Outcome searchable(StoredFileRef scanned) throws IOException {
        Path source = Files.createTempFile(temporaryDirectory, "ocr-in-", ".pdf");
        Path copy = Files.createTempFile(temporaryDirectory, "ocr-out-", ".pdf");
        try {
            try (InputStream in = store.open(scanned).orElseThrow(() -> new IOException("The scanned file is not stored"))) {
                Files.copy(in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            int words;
            try (OutputStream out = Files.newOutputStream(copy)) {
                words = new SearchableCopy(tesseract).write(source, out);
            }
            try (InputStream in = Files.newInputStream(copy)) {
                String name = scanned.fileName().replaceFirst("(\\.pdf)?$", "-ocr.pdf");
                return new Outcome.Searchable(scanned, store.put(in, ComponentFiles.MEDIA_TYPE, name), words);
            }
        } finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(copy);
        }
    }

    private boolean available() {
        if (available == null) {
            available = tesseract.available();
            if (!available) {
                LOG.warn("OCR is off: the tesseract command or its Vietnamese data (tesseract-ocr-vie) is missing");
            }
        }
        return available;
    }

    private static void deliver(Consumer<Outcome> whenDone, Outcome outcome) {
        try {
            whenDone.accept(outcome);
        } catch (RuntimeException e) {
            LOG.error("The OCR outcome callback failed", e);
        }
    }

    /** Stops taking jobs, lets the running one finish (up to the timeout) and drops the queued ones. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
