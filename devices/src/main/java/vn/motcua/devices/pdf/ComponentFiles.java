package vn.motcua.devices.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.RawPageStore;
import vn.motcua.core.scan.pages.ScannedPage;
import vn.motcua.devices.pages.PageRenderer;

/**
 * Turns a dossier component's scanned pages into its PDF/A-2b file in the offline store. Pages are
 * rendered and encoded on worker threads, a few at a time so memory stays bounded, and added to the PDF in
 * order; the PDF is written to a temporary file and then stored, which the store does atomically.
 */
public final class ComponentFiles implements AutoCloseable {
    public static final String MEDIA_TYPE = "application/pdf";

    private final ScannedFileStore store;
    private final RawPageStore raws;
    private final Path temporaryDirectory;
    private final PageRenderer renderer = new PageRenderer();
    private final PageEncoder encoder;
    private final int threads;
    private final ExecutorService workers;

    public ComponentFiles(ScannedFileStore store, RawPageStore raws, Path temporaryDirectory, PageEncoder encoder,
            int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.raws = Objects.requireNonNull(raws, "raws");
        this.temporaryDirectory = Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        if (threads < 1) {
            throw new IllegalArgumentException("At least one worker thread");
        }
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("page-render-", 0).factory());
    }

    /** Stores the component's PDF and links it: the returned component lists the new file. */
    public DossierComponent attach(DossierComponent component, List<ScannedPage> pages, ColorMode output,
            DocumentMetadata metadata) throws IOException {
        return component.withFile(write(pages, output, metadata));
    }

    public StoredFileRef write(List<ScannedPage> pages, ColorMode output, DocumentMetadata metadata) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("A component file needs at least one page");
        }
        Path pdf = Files.createTempFile(temporaryDirectory, "component-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(pdf)) {
                writePdf(pages, output, metadata, out);
            }
            try (InputStream in = Files.newInputStream(pdf)) {
                return store.put(in, MEDIA_TYPE, fileName(metadata));
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** Writes the PDF/A-2b of the pages to {@code out}; the caller owns the stream. */
    public void writePdf(List<ScannedPage> pages, ColorMode output, DocumentMetadata metadata, OutputStream out)
            throws IOException {
        try (var writer = new PdfaDocumentWriter(metadata, encoder)) {
            var inFlight = new ArrayDeque<Future<EncodedPage>>();
            int next = 0;
            while (next < pages.size() || !inFlight.isEmpty()) {
                while (next < pages.size() && inFlight.size() <= threads) {
                    ScannedPage page = pages.get(next++);
                    inFlight.add(workers.submit(() -> encoder.encode(
                            renderer.render(raws.load(page.raw()), page.transform(), output))));
                }
                writer.add(result(inFlight.poll(), inFlight));
            }
            writer.writeTo(out);
        }
    }

    private static EncodedPage result(Future<EncodedPage> page, ArrayDeque<Future<EncodedPage>> rest) throws IOException {
        try {
            return page.get();
        } catch (ExecutionException e) {
            rest.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("A page could not be rendered", e.getCause());
        } catch (InterruptedException e) {
            rest.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing a component file", e);
        }
    }

    private static String fileName(DocumentMetadata metadata) {
        return (metadata.dossierCode() + "_" + metadata.componentCode()).replaceAll("[^0-9A-Za-z._-]", "_") + ".pdf";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
