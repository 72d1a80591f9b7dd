package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

class SqliteResultFilesTest {
    @TempDir
    Path dir;

    @Test
    void resultsAreKeptInOrderWithTheirSignatureAndSurviveAReopen() {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Trần Thị Bình",
                "079301000001"), LocalDateTime.of(2025, 11, 5, 8, 0), List.of());
        ResultFile signed;
        ResultFile scanned;
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            store.dossiers().save(dossier);
            signed = new ResultFile(pdf(store, "trich-luc"), ResultFile.Source.RECEIVED_FILE,
                    new ResultSignature(ResultSignature.State.INTACT, "Sở Tư pháp Hà Nội"),
                    LocalDateTime.of(2025, 11, 12, 9, 0), "lan.nt");
            scanned = new ResultFile(pdf(store, "ban-giay"), ResultFile.Source.SCANNED, ResultSignature.unsigned(),
                    LocalDateTime.of(2025, 11, 12, 9, 5), "lan.nt");

            store.resultFiles().attach(dossier.code(), signed);
            store.resultFiles().attach(dossier.code(), scanned);
        }
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.resultFiles().of(dossier.code())).containsExactly(signed, scanned);
            assertThat(store.fileInventory().unreferenced())
                    .doesNotContain(signed.file().sha256(), scanned.file().sha256());
            assertThat(store.resultFiles().of(SampleDossiers.code(9))).isEmpty();
        }
    }

    @Test
    void aResultForADossierNotStoredIsRefused() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            ResultFile result = new ResultFile(pdf(store, "x"), ResultFile.Source.SCANNED, ResultSignature.unsigned(),
                    LocalDateTime.of(2025, 11, 12, 9, 0), "lan.nt");

            assertThatThrownBy(() -> store.resultFiles().attach(SampleDossiers.code(9), result))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not stored");
        }
    }

    private static StoredFileRef pdf(OfflineStore store, String name) {
        return store.files().put(new ByteArrayInputStream(("%PDF-1.7 " + name).getBytes(StandardCharsets.US_ASCII)),
                "application/pdf", name + ".pdf");
    }
}
