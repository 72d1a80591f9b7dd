package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.owner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.core.sync.DossierSyncState.Delivery;
import vn.motcua.sandbox.FaultKind;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxAdmin;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.queue.MutableClock;

/**
 * A day and a half of a busy counter's intake, 2 000 dossiers with their scans (some documents shared between
 * dossiers), pushed through a province where about 30 % of the calls go wrong in every way the sandbox knows.
 * Afterwards the province must hold each dossier once, every file byte for byte, and our status; the outbox
 * must be settled. Seeded: the desk's retry jitter, the files and the province's faults.
 */
class ExactlyOnceAtScaleTest {
    private static final int DOSSIERS = 2_000;
    private static final int SHARED_FORMS = 20;
    private static final int CHUNK = 8 * 1024;
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 7, 30);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);
    private final SplittableRandom random = new SplittableRandom(20_251_105);
    private ProvinceSandbox province;
    private OfflineStore store;
    private SyncEngine engine;

    @BeforeEach
    void open() throws IOException {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withStrictCreate(true));
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        SyncSettings settings = TestSyncSettings.forProvince(province.serviceUri())
                .with("uploadChunkBytes", CHUNK).settings();
        engine = store.syncEngine(Optional.of(settings), clock, new SplittableRandom(2026));
    }

    @AfterEach
    void close() {
        engine.close();
        store.close();
        province.close();
    }

    @Test
    void everyDossierArrivesOnceWithItsFilesAndStatusThroughThirtyPercentFaults() {
        injectFaults();
        long started = System.nanoTime();
        List<StoredFileRef> forms = sharedForms();
        for (int sequence = 1; sequence <= DOSSIERS; sequence++) {
            store.dossiers().save(received(sequence, forms));
        }
        long saved = System.nanoTime();
        drain(3);
        province.admin().expireSessions();
        moveSomeOn();
        drain(Integer.MAX_VALUE);
        System.out.printf("Intake %d ms, sync %d ms%n", (saved - started) / 1_000_000,
                (System.nanoTime() - saved) / 1_000_000);

        SandboxAdmin.Stats stats = province.admin().stats();
        System.out.printf("%d dossiers: %d pushes, %d uploads, %d faults %s%n", DOSSIERS,
                stats.requests(ProvincialClient.PUSH), stats.requests(FileUpload.SERVICE),
                stats.faults().values().stream().mapToInt(Integer::intValue).sum(), stats.faults());
        assertEveryFaultKindHappened(stats);
        assertThat(stats.dossiers()).as("nothing extra at the province").isEqualTo(DOSSIERS);
        for (int sequence = 1; sequence <= DOSSIERS; sequence++) {
            assertDeliveredOnce(store.dossiers().find(code(sequence)).orElseThrow(), stats);
        }
        assertThat(engine.status().backlog()).isZero();
        assertThat(engine.status().rejected()).isZero();
        assertThat(engine.status().connection()).isEqualTo(ConnectionState.ONLINE);
    }

    /** About 30 % of all calls fail, spread over every kind; uploads also lose a tenth of their chunks halfway. */
    private void injectFaults() {
        province.admin().faults().seed(11)
                .rate(FaultKind.HTTP_500, 0.05).rate(FaultKind.HTTP_503, 0.04)
                .rate(FaultKind.DROP_BEFORE, 0.05).rate(FaultKind.DROP_AFTER, 0.05)
                .rate(FaultKind.DUPLICATE, 0.04).rate(FaultKind.EXPIRED_SESSION, 0.03)
                .rate(FaultKind.MALFORMED_JSON, 0.04).rate(FaultKind.DROP_MID_UPLOAD, 0.10);
    }

    private List<StoredFileRef> sharedForms() {
        List<StoredFileRef> forms = new ArrayList<>();
        for (int i = 0; i < SHARED_FORMS; i++) {
            forms.add(SampleDossiers.storeBytes(store.files(), bytes(3 * CHUNK + i), "mau-don-" + i + ".pdf"));
        }
        return forms;
    }

    /** One fresh scan each (one to three chunks); every third dossier also carries a shared form. */
    private Dossier received(int sequence, List<StoredFileRef> forms) {
        List<DossierComponent> components = new ArrayList<>();
        StoredFileRef scan = SampleDossiers.storeBytes(store.files(), bytes(1 + random.nextInt(3 * CHUNK)),
                "ban-quet-" + sequence + ".pdf");
        components.add(SampleDossiers.component("Bản quét", scan));
        if (sequence % 3 == 0) {
            components.add(SampleDossiers.component("Mẫu đơn", forms.get(random.nextInt(forms.size()))));
        }
        return SampleDossiers.received(code(sequence), owner("Công dân " + sequence, "0792010%05d".formatted(sequence)),
                MORNING.plusSeconds(20L * sequence), components);
    }

    /** While the backlog is still leaving, the counter moves some dossiers on: the province must end with ours. */
    private void moveSomeOn() {
        LocalDateTime later = MORNING.plusDays(1);
        for (int sequence = 4; sequence <= DOSSIERS; sequence += 4) {
            Dossier dossier = store.dossiers().find(code(sequence)).orElseThrow()
                    .moveTo(DossierStatus.PROCESSING, later, "canbo.b", "");
            if (sequence % 12 == 0) {
                dossier = dossier.moveTo(DossierStatus.PROCESSED, later.plusHours(2), "canbo.b", "");
            }
            if (sequence % 24 == 0) {
                dossier = dossier.moveTo(DossierStatus.RESULT_RETURNED, later.plusHours(3), "canbo.a", "");
            }
            store.dossiers().save(dossier);
        }
    }

    /** Passes, moving the clock past every retry and cool-down between them; no sleeping. */
    private void drain(int rounds) {
        for (int round = 0; round < rounds && store.outbox().backlog() > 0; round++) {
            engine.drainUntilIdle();
            clock.advance(Duration.ofMinutes(31));
            assertThat(round).as("the backlog keeps shrinking").isLessThan(5_000);
        }
    }

    private static void assertEveryFaultKindHappened(SandboxAdmin.Stats stats) {
        for (FaultKind kind : List.of(FaultKind.HTTP_500, FaultKind.HTTP_503, FaultKind.DROP_BEFORE,
                FaultKind.DROP_AFTER, FaultKind.DUPLICATE, FaultKind.EXPIRED_SESSION, FaultKind.MALFORMED_JSON,
                FaultKind.DROP_MID_UPLOAD)) {
            assertThat(stats.faults(kind)).as("faults of kind %s", kind).isPositive();
        }
    }

    private void assertDeliveredOnce(Dossier dossier, SandboxAdmin.Stats stats) {
        String code = dossier.code().value();
        assertThat(stats.creates(code)).as("created once: %s", code).isEqualTo(1);
        assertThat(engine.stateOf(dossier.code()).orElseThrow().delivery()).as("outbox of %s", code)
                .isEqualTo(Delivery.SENT);
        JsonNode held = province.admin().dossier(code).orElseThrow();
        assertThat(held.path("TrangThaiHoSo").asInt()).as("status of %s", code)
                .isEqualTo(dossier.status().nationalCode());
        List<StoredFileRef> files = dossier.files();
        JsonNode documents = held.path("TaiLieuNop");
        assertThat(documents).as("documents of %s", code).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            byte[] stored = province.admin().file(documents.get(i).path("DuongDanTaiTepTin").asText())
                    .orElseThrow(() -> new AssertionError("file missing at the province: " + code));
            assertThat(sha256(stored)).as("file %d of %s", i, code).isEqualTo(sha256(localBytes(files.get(i))));
        }
    }

    private byte[] localBytes(StoredFileRef file) {
        try (InputStream in = store.files().open(file).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
