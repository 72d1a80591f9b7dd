package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

class SqliteScannedFileReplacementTest {
    @TempDir
    Path dir;

    @Test
    void everyLinkToTheOriginalMovesToTheReplacementAndNothingElseChanges() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            StoredFileRef scan = file(store, "scan");
            StoredFileRef other = file(store, "other");
            StoredFileRef searchable = file(store, "scan-ocr");
            Dossier first = dossier(1, List.of(scan, other));
            Dossier reused = dossier(2, List.of(scan));
            store.dossiers().save(first);
            store.dossiers().save(reused);

            assertThat(store.fileReplacement().replace(scan, searchable)).isEqualTo(2);

            assertThat(store.dossiers().find(first.code()).orElseThrow().components().getFirst().files())
                    .containsExactly(searchable, other);
            assertThat(store.dossiers().find(reused.code()).orElseThrow().components().getFirst().files())
                    .containsExactly(searchable);
            assertThat(store.fileReplacement().replace(scan, searchable)).isZero();
        }
    }

    private static Dossier dossier(int sequence, List<StoredFileRef> files) {
        return SampleDossiers.received(SampleDossiers.code(sequence), SampleDossiers.owner("Trần Thị Bình",
                "079301000001"), LocalDateTime.of(2025, 11, 5, 8, 0), List.of(new DossierComponent("TP01", "Đơn",
                DocumentForm.ORIGINAL, 1, true, false, false, files)));
    }

    private static StoredFileRef file(OfflineStore store, String name) {
        return store.files().put(new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)), "application/pdf",
                name + ".pdf");
    }
}
