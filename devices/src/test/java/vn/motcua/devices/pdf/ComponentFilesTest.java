package vn.motcua.devices.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.DigitisedCodeFormat;
import vn.motcua.core.dossier.DigitisedDocumentCode;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageBatch;
import vn.motcua.core.scan.pages.RawPageStore;
import vn.motcua.devices.pages.PageAnalyser;
import vn.motcua.devices.pages.RawPageFiles;
import vn.motcua.devices.pages.SamplePages;

class ComponentFilesTest {
    @TempDir
    Path temp;

    @Test
    void writesAComponentsPagesInBatchOrderIntoTheStoreAndLinksTheFile() throws Exception {
        RawPageStore raws = new RawPageFiles(temp.resolve("raw"));
        var batch = new PageBatch();
        var analyser = new PageAnalyser();
        for (int i = 0; i < 4; i++) {
            var raw = i == 2 ? SamplePages.grey(SamplePages.dustyPage(500, i), i)
                    : SamplePages.grey(SamplePages.textPage(i - 1.5, i, 20 + i * 5), i);
            var page = batch.add(raws.keep(raw));
            batch.recordAnalysis(page.id(), analyser.analyse(raw));
        }
        List<String> ids = batch.pages().stream().map(p -> p.id()).toList();
        assertThat(batch.blankPageIds()).containsExactly(ids.get(2));
        batch.delete(batch.blankPageIds());
        batch.autoDeskew(ids.stream().filter(id -> !id.equals(ids.get(2))).toList());
        batch.reverse();
        batch.assign(List.of(ids.get(0), ids.get(3)), "TP1");
        batch.assign(List.of(ids.get(1)), "TP2");

        var component = new DossierComponent("TP1", "Tờ khai đăng ký khai sinh", DocumentForm.ORIGINAL, 1, false, false,
                false, List.of());
        var dossier = new DossierCode(new AgencyCode("000.00.12.H62"), LocalDate.of(2026, 11, 29), 4);
        var metadata = DocumentMetadata.of(component, dossier, new DigitisedDocumentCode("079203001234", "TKKS"),
                DigitisedCodeFormat.DEFAULT, "UBND phường Bến Thành",
                OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.ofHours(7)));
        var store = new MemoryFileStore();
        DossierComponent linked;
        try (var files = new ComponentFiles(store, raws, temp, new PageEncoder(), 2)) {
            linked = files.attach(component, batch.pagesOf("TP1"), ColorMode.GRAY, metadata);
        }

        assertThat(linked.digitised()).isTrue();
        var ref = linked.files().getFirst();
        assertThat(ref.mediaType()).isEqualTo("application/pdf");
        assertThat(ref.fileName()).isEqualTo("000.00.12.H62-261129-0004_TP1.pdf");
        byte[] pdf = store.bytes(ref);
        assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        var read = PdfaMetadata.read(new ByteArrayInputStream(pdf)).document();
        assertThat(read.digitisedDocumentCode()).isEqualTo("079203001234.TKKS");
        assertThat(read.dossierCode()).isEqualTo("000.00.12.H62-261129-0004");
        assertThat(read.componentCode()).isEqualTo("TP1");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        try (var listing = Files.list(temp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("raw");
        }
    }
}
