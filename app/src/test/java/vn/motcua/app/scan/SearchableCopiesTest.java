package vn.motcua.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.DeviceSettings;
import vn.motcua.app.TestDesk;
import vn.motcua.app.task.CurrentThreadTaskExecutor;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.scan.virtual.VirtualScanner;
import vn.motcua.devices.scan.virtual.VirtualScannerSettings;

/**
 * A saved scan gets its searchable copy from the real Tesseract in the background, and the copy takes the
 * original's place in the open intake (listener) and in a dossier stored meanwhile (store links).
 */
class SearchableCopiesTest {
    @TempDir
    Path directory;

    private TestDesk desk;

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theSearchableCopyReplacesTheScanInTheStoredDossier() throws Exception {
        desk = TestDesk.open(directory, new CurrentThreadTaskExecutor(), new DeviceSettings(PrinterSettings.virtual(),
                new VirtualScanner(VirtualScannerSettings.withSeed(11)), List.of()).withOcr(true));
        BlockingQueue<StoredFileRef[]> replaced = new LinkedBlockingQueue<>();
        desk.services.searchableCopies().addListener((original, copy) -> replaced.add(
                new StoredFileRef[] {original, copy}));
        List<StoredFileRef> saved = new ArrayList<>();
        DossierCode code = new DossierCode(desk.services.settings().agencyCode(), LocalDate.of(2026, 11, 23), 1);
        try (ScanSession session = desk.services.scanSession(ScanTarget.single(code, "DEMO.TP.001.01",
                "Đơn đề nghị", "079190001234", desk.services.settings().agencyName()),
                (component, files) -> saved.addAll(files))) {
            session.model().discover();
            session.model().profileProperty().set(session.model().profiles().get(1));
            session.model().scan();
            session.model().save();
        }
        assertThat(saved).hasSize(1);
        Dossier dossier = desk.receive(1, "Nguyễn Thị Hồng Nhung", "079190001234",
                java.time.LocalDateTime.of(2026, 11, 23, 8, 0), java.util.Optional.empty(), "lan.nt");
        desk.services.dossiers().save(dossier.withComponents(List.of(
                new vn.motcua.core.dossier.DossierComponent("DEMO.TP.001.01", "Đơn đề nghị",
                        vn.motcua.core.catalogue.DocumentForm.ORIGINAL, 1, true, false, false, saved))));

        StoredFileRef[] pair = replaced.poll(120, TimeUnit.SECONDS);
        assertThat(pair).as("OCR finished within two minutes").isNotNull();
        assertThat(pair[0]).isEqualTo(saved.getFirst());
        assertThat(pair[1].fileName()).endsWith("-ocr.pdf");

        StoredFileRef linked = desk.services.dossiers().find(dossier.code()).orElseThrow().components().getFirst()
                .files().getFirst();
        assertThat(linked).isEqualTo(pair[1]);
        try (PDDocument pdf = Loader.loadPDF(desk.services.store().files().open(linked).orElseThrow()
                .readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).as("the text layer").containsIgnoringCase("CỘNG HÒA");
        }
    }
}
