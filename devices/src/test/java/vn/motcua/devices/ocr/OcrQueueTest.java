package vn.motcua.devices.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageTransform;
import vn.motcua.devices.pages.PageRenderer;
import vn.motcua.devices.pages.SamplePages;
import vn.motcua.devices.pdf.ComponentFiles;
import vn.motcua.devices.pdf.MemoryFileStore;
import vn.motcua.devices.pdf.PdfaDocumentWriter;
import vn.motcua.devices.pdf.PdfaMetadata;
import vn.motcua.devices.pdf.VeraPdf;

class OcrQueueTest {
    @TempDir
    Path temp;

    private final MemoryFileStore store = new MemoryFileStore();

    private StoredFileRef storedScan(ColorMode mode) throws Exception {
        var raw = SamplePages.grey(SamplePages.textPage(0, 11, 8), 0);
        var out = new ByteArrayOutputStream();
        try (var writer = new PdfaDocumentWriter(vn.motcua.devices.pdf.PdfaDocumentWriterTestAccess.METADATA)) {
            writer.add(new PageRenderer().render(raw, PageTransform.NONE, mode));
            writer.writeTo(out);
        }
        return store.put(new ByteArrayInputStream(out.toByteArray()), ComponentFiles.MEDIA_TYPE, "scan.pdf");
    }

    @Test
    void makesASearchablePdfA2uWithVietnameseText() throws Exception {
        Tesseract tesseract = Tesseract.vietnamese(temp);
        assumeThat(tesseract.available()).as("tesseract-ocr-vie installed").isTrue();
        StoredFileRef scan = storedScan(ColorMode.GRAY);
        var outcome = new CompletableFuture<OcrQueue.Outcome>();
        try (var queue = new OcrQueue(tesseract, store, temp, 4)) {
            assertThat(queue.submit(scan, outcome::complete)).isTrue();
            var done = (OcrQueue.Outcome.Searchable) outcome.get(120, TimeUnit.SECONDS);
            assertThat(done.words()).isGreaterThan(40);
            byte[] pdf = store.bytes(done.searchable());
            assertThat(VeraPdf.failures(pdf, "2u")).isEmpty();
            var metadata = PdfaMetadata.read(new ByteArrayInputStream(pdf));
            assertThat(metadata.conformance()).isEqualTo("U");
            assertThat(metadata.document()).isEqualTo(PdfaMetadata.read(store.open(scan).orElseThrow()).document());
            assertThat(done.searchable().fileName()).isEqualTo("scan-ocr.pdf");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(List.of("hồ", "sơ", "tiếp", "nhận", "kết", "quả", "Bộ", "phận"))
                        .filteredOn(text::contains).hasSizeGreaterThanOrEqualTo(6);
            }
        }
    }

    @Test
    void withoutTesseractOcrIsSkippedNotAnError() throws Exception {
        var tesseract = new Tesseract(temp.resolve("no-such-tesseract").toString(), "vie", Duration.ofSeconds(5), temp);
        StoredFileRef scan = storedScan(ColorMode.BLACK_WHITE);
        var outcomes = new java.util.concurrent.LinkedBlockingQueue<OcrQueue.Outcome>();
        try (var queue = new OcrQueue(tesseract, store, temp, 4)) {
            assertThat(queue.submit(scan, outcomes::add)).isTrue();
            assertThat(queue.submit(scan, outcomes::add)).isTrue();
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).isInstanceOf(OcrQueue.Outcome.Skipped.class);
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).isInstanceOf(OcrQueue.Outcome.Skipped.class);
        }
    }

    @Test
    void aFullQueueRefusesAtOnceInsteadOfBlocking() throws Exception {
        Path slow = temp.resolve("slow-tesseract");
        Files.writeString(slow, """
                #!/bin/sh
                if [ "$1" = "--list-langs" ]; then echo "List of available languages (1):"; echo vie; exit 0; fi
                sleep 3
                exit 1
                """);
        Files.setPosixFilePermissions(slow, PosixFilePermissions.fromString("rwx------"));
        StoredFileRef scan = storedScan(ColorMode.BLACK_WHITE);
        var outcomes = new java.util.concurrent.LinkedBlockingQueue<OcrQueue.Outcome>();
        try (var queue = new OcrQueue(new Tesseract(slow.toString(), "vie", Duration.ofSeconds(10), temp), store, temp, 1)) {
            assertThat(queue.submit(scan, outcomes::add)).isTrue();
            Thread.sleep(500); // the worker has taken the first job
            assertThat(queue.submit(scan, outcomes::add)).isTrue();
            long start = System.nanoTime();
            assertThat(queue.submit(scan, outcomes::add)).as("third job: queue full").isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            var first = outcomes.poll(20, TimeUnit.SECONDS);
            assertThat(first).isInstanceOf(OcrQueue.Outcome.Failed.class);
            assertThat(((OcrQueue.Outcome.Failed) first).reason()).contains("status 1");
        }
    }
}
