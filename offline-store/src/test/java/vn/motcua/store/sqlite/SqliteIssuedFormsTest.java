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
import vn.motcua.core.dossier.IssuedForm;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

class SqliteIssuedFormsTest {
    @TempDir
    Path dir;

    @Test
    void formsAreKeptInIssueOrderAndCountAsReferencedFiles() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            Dossier dossier = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Trần Thị Bình",
                    "079301000001"), LocalDateTime.of(2025, 11, 5, 8, 0), List.of());
            store.dossiers().save(dossier);
            StoredFileRef receipt = pdf(store, "receipt");
            StoredFileRef apology = pdf(store, "apology");
            IssuedForm first = new IssuedForm("mau-01", receipt, LocalDateTime.of(2025, 11, 5, 8, 5), "lan.nt");
            IssuedForm second = new IssuedForm("mau-04", apology, LocalDateTime.of(2025, 11, 12, 9, 0), "lan.nt");

            store.issuedForms().record(dossier.code(), first);
            store.issuedForms().record(dossier.code(), second);

            assertThat(store.issuedForms().of(dossier.code())).containsExactly(first, second);
            assertThat(store.fileInventory().unreferenced()).doesNotContain(receipt.sha256(), apology.sha256());
            assertThatThrownBy(() -> store.issuedForms().record(SampleDossiers.code(9), first))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static StoredFileRef pdf(OfflineStore store, String name) {
        return store.files().put(new ByteArrayInputStream(("%PDF-1.7 " + name).getBytes(StandardCharsets.US_ASCII)),
                "application/pdf", name + ".pdf");
    }
}
