package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.SequenceBlock;

class OfflineStoreTest {
    @TempDir
    Path dir;

    @Test
    void openCreatesTheDirectoryDatabaseAndFileAreaAndReportsHealth() {
        Path data = dir.resolve("nested/MotCuaDesk");

        try (OfflineStore store = OfflineStore.open(data, SequenceBlock.WHOLE_RANGE)) {
            StoreHealth health = store.health();

            assertThat(data.resolve("motcua.db")).isRegularFile();
            assertThat(data.resolve("files")).isDirectory();
            assertThat(health).isEqualTo(new StoreHealth(data.resolve("motcua.db").toAbsolutePath(),
                    vn.motcua.store.sqlite.MigrationScripts.bundled().latestVersion(), 0, true));
        }
    }

    @Test
    void healthCountsDossiers() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            store.dossiers().save(SampleDossiers.received(SampleDossiers.code(1),
                    SampleDossiers.owner("Mai Văn Sơn", "079201000021"), LocalDateTime.of(2025, 11, 5, 10, 0),
                    List.of()));

            assertThat(store.health().dossierCount()).isEqualTo(1);
        }
    }

    @Test
    void aDataDirectoryThatIsAFileGivesAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> OfflineStore.open(file, SequenceBlock.WHOLE_RANGE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the data directory");
    }

    @Test
    void closeIsIdempotentAndLaterUseFailsClearly() {
        OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        store.close();
        store.close();

        assertThatThrownBy(() -> store.dossiers().count()).isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void theRecommendedPasswordHasherIsArgon2id() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.passwordHasher().hash("admin".toCharArray())).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }

    /** Clerks' threads at once: issue a code, store scans, save, search, read back. */
    @Test
    void manyThreadsReceiveAndReadDossiersAtOnce() throws Exception {
        int threads = 6;
        int each = 25;
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            DossierCodeIssuer issuer = new DossierCodeIssuer(SampleDossiers.AGENCY, store.dossierSequence(),
                    Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Dossier>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Dossier> saved = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        Dossier dossier = SampleDossiers.withFiles(store.files(), issuer.next(),
                                SampleDossiers.owner("Người nộp " + thread, "07920100" + thread + i),
                                LocalDateTime.now(), List.of(("scan " + thread + "/" + i).getBytes(StandardCharsets.UTF_8),
                                        "mẫu đơn dùng chung".getBytes(StandardCharsets.UTF_8)));
                        store.dossiers().save(dossier);
                        store.dossiers().search("nguoi nop " + thread, 5);
                        saved.add(dossier);
                    }
                    return saved;
                }));
            }
            List<Dossier> all = new ArrayList<>();
            for (Future<List<Dossier>> future : futures) {
                all.addAll(future.get());
            }
            pool.shutdown();

            assertThat(store.dossiers().count()).isEqualTo(threads * each);
            for (Dossier dossier : all) {
                assertThat(store.dossiers().find(dossier.code())).contains(dossier);
            }
            assertThat(store.fileInventory().unreferenced()).isEmpty();
        }
    }
}
