package vn.motcua.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.DeviceSettings;
import vn.motcua.app.TestDesk;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.scan.virtual.VirtualScanner;
import vn.motcua.devices.scan.virtual.VirtualScannerSettings;

/** The scan panel with the training scanner and the real store, without a window. */
class ScanPanelViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private ScanSession session;
    private ScanPanelViewModel panel;
    private final List<StoredFileRef> saved = new ArrayList<>();
    private final List<String> components = new ArrayList<>();

    private void open(VirtualScannerSettings scanner) {
        desk = TestDesk.open(directory, new vn.motcua.app.task.CurrentThreadTaskExecutor(),
                new DeviceSettings(PrinterSettings.virtual(), new VirtualScanner(scanner), List.of()));
        ScanTarget target = new ScanTarget(new DossierCode(desk.services.settings().agencyCode(),
                LocalDate.of(2026, 11, 23), 7), List.of(new ScanTarget.Component("DEMO.TP.001.01", "Đơn đề nghị"),
                new ScanTarget.Component("DEMO.TP.001.02", "Giấy tờ tùy thân")), "DEMO.TP.001.02", "079190001234",
                desk.services.settings().agencyName());
        session = desk.services.scanSession(target, (component, files) -> {
            components.add(component);
            saved.addAll(files);
        });
        panel = session.model();
        panel.discover();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void aFeederBatchArrivesPageByPageWithTheBlankPageFlagged() {
        open(VirtualScannerSettings.withSeed(7).withFeederSheets(3).withBlankPage(2));
        assertThat(panel.deviceProperty().get().id()).isEqualTo(VirtualScanner.DEVICE_ID);

        panel.scan();

        assertThat(panel.pages()).extracting(PageThumb::number).containsExactly(1, 2, 3);
        assertThat(panel.pages()).extracting(PageThumb::blank).containsExactly(false, true, false);
        assertThat(panel.pages().get(1).note()).isEqualTo("Trang trắng?");
        assertThat(panel.pages().getFirst().image().getWidth()).isLessThanOrEqualTo(Thumbnails.WIDTH + 10);
        assertThat(panel.messageProperty().get()).isEqualTo("Đã quét xong 3 trang.");
        assertThat(panel.scanningProperty().get()).isFalse();

        panel.deleteBlankPages();
        assertThat(panel.pages()).hasSize(2);
        panel.undo();
        assertThat(panel.pages()).hasSize(3);
    }

    @Test
    void aJamKeepsThePagesReadAndTheNextScanContinues() {
        open(VirtualScannerSettings.withSeed(7).withFeederSheets(4).withJamAfterPages(2));

        panel.scan();
        assertThat(panel.pages()).hasSize(2);
        assertThat(panel.messageProperty().get()).startsWith("Kẹt giấy sau 2 trang.");
        assertThat(panel.messageIsProblemProperty().get()).isTrue();

        panel.scan();
        assertThat(panel.pages()).extracting(PageThumb::number).startsWith(1, 2, 3);
    }

    @Test
    void rotatedPagesShowTurnedAndSavingStoresOnePdfFile() throws Exception {
        open(VirtualScannerSettings.withSeed(7).withFeederSheets(2));
        panel.scan();
        String first = panel.pages().getFirst().id();
        int portraitWidth = panel.pages().getFirst().image().getWidth();

        panel.rotate(List.of(first), 1);
        assertThat(panel.pages().getFirst().image().getHeight()).isEqualTo(portraitWidth);

        panel.save();

        assertThat(saved).singleElement().satisfies(file -> assertThat(file.mediaType()).isEqualTo("application/pdf"));
        assertThat(panel.messageProperty().get()).isEqualTo("Đã lưu 2 trang thành 1 tệp PDF/A.");
        assertThat(components).containsExactly("DEMO.TP.001.02");
        try (InputStream pdf = desk.services.store().files().open(saved.getFirst()).orElseThrow()) {
            byte[] head = pdf.readNBytes(5);
            assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @Test
    void savingNothingSaysSo() {
        open(VirtualScannerSettings.withSeed(7));

        panel.save();

        assertThat(saved).isEmpty();
        assertThat(panel.messageProperty().get()).isEqualTo("Chưa có trang nào để lưu.");
    }

    @Test
    void pagesAssignedToAnotherComponentGoIntoItsOwnFile() throws Exception {
        open(VirtualScannerSettings.withSeed(7).withFeederSheets(3));
        panel.scan();
        String first = panel.pages().getFirst().id();

        panel.assign(List.of(first), panel.components().getFirst());
        assertThat(panel.pages().getFirst().note()).startsWith("Đơn đề nghị · ");
        panel.save();

        assertThat(components).containsExactlyInAnyOrder("DEMO.TP.001.01", "DEMO.TP.001.02");
        assertThat(saved).hasSize(2);
        assertThat(panel.messageProperty().get()).isEqualTo("Đã lưu 3 trang thành 2 tệp PDF/A.");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(desk.services.store().files()
                .open(saved.get(components.indexOf("DEMO.TP.001.01"))).orElseThrow().readAllBytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void pagesMoveAndTheMoveCanBeUndone() {
        open(VirtualScannerSettings.withSeed(7).withFeederSheets(3));
        panel.scan();
        List<String> scanned = panel.pages().stream().map(PageThumb::id).toList();

        panel.moveTo(List.of(scanned.get(2)), 0);
        assertThat(panel.pages()).extracting(PageThumb::id).containsExactly(scanned.get(2), scanned.get(0),
                scanned.get(1));
        assertThat(panel.pages()).extracting(PageThumb::number).containsExactly(1, 2, 3);

        panel.undo();
        assertThat(panel.pages()).extracting(PageThumb::id).containsExactlyElementsOf(scanned);
    }

    @Test
    void marginsAreTrimmedAsARecordedStepAndABadMarginIsRefused() throws Exception {
        open(VirtualScannerSettings.withSeed(7).withFeederSheets(1));
        panel.profileProperty().set(panel.profiles().get(1));
        panel.scan();
        String page = panel.pages().getFirst().id();

        panel.trimMargins(List.of(page), 500);
        assertThat(panel.messageProperty().get()).isEqualTo("Lề cắt phải lớn hơn 0 và nhỏ hơn nửa trang.");

        panel.trimMargins(List.of(page), 10);
        panel.save();
        assertThat(saved).hasSize(1);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(desk.services.store().files().open(saved.getFirst())
                .orElseThrow().readAllBytes())) {
            // A4 is 595 × 842 pt; 10 mm off each side is about 57 pt less each way.
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(535f, 541f);
        }
    }
}
