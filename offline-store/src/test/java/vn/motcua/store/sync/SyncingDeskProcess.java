package vn.motcua.store.sync;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

/**
 * Run as a separate JVM by {@link SyncCrashTest}: a counter desk at work, receiving dossiers with scanned files
 * while its sync engine (the real background thread, real clock) sends them to the province, until it is killed.
 * Arguments: data directory, service URL, seed, how many dossiers to receive.
 *
 * <p>Progress on stdout, one marker a line, each printed only after the work it names is durable:
 * {@code READY}; {@code SAVED code status} after {@code save()} returned; {@code INTAKE-DONE}; {@code SYNC
 * backlog} whenever the engine's status changes (after every push). Then it waits to be killed.
 */
public final class SyncingDeskProcess {
    static final String READY = "READY";
    static final String SAVED = "SAVED";
    static final String INTAKE_DONE = "INTAKE-DONE";
    static final String SYNC = "SYNC";
    static final int CHUNK = 8 * 1024;
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");

    private SyncingDeskProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDirectory = Path.of(args[0]);
        SyncSettings settings = settings(URI.create(args[1]));
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
        int intake = Integer.parseInt(args[3]);
        try (OfflineStore store = OfflineStore.open(dataDirectory, SequenceBlock.WHOLE_RANGE);
                SyncEngine engine = store.syncEngine(Optional.of(settings), Clock.system(OFFICE), random.split())) {
            engine.addListener(status -> say(SYNC + " " + status.backlog()));
            engine.start();
            say(READY);
            receive(store, engine, random, intake);
            say(INTAKE_DONE);
            say(SYNC + " " + engine.status().backlog());
            Thread.currentThread().join(); // until killed
        }
    }

    /** Short retries and cool-down: the engine's own schedule, so that a run gets through its backlog quickly. */
    static SyncSettings settings(URI serviceUrl) {
        return TestSyncSettings.forProvince(serviceUrl).with("uploadChunkBytes", CHUNK)
                .with("retry.first", "PT0.02S").with("retry.ceiling", "PT0.2S")
                .with("circuit.failures", 5).with("circuit.coolDown", "PT0.2S").settings();
    }

    private static void receive(OfflineStore store, SyncEngine engine, SplittableRandom random, int intake) {
        DossierCodeIssuer issuer = new DossierCodeIssuer(SampleDossiers.AGENCY, store.dossierSequence(),
                Clock.system(OFFICE));
        List<StoredFileRef> earlier = new ArrayList<>();
        for (int i = 0; i < intake; i++) {
            Dossier dossier = SampleDossiers.received(issuer.next(), SampleDossiers.owner("Công dân " + i,
                    "0792010%05d".formatted(random.nextInt(100_000))), LocalDateTime.now(OFFICE),
                    components(store, random, earlier));
            saved(store, engine, dossier);
            if (random.nextBoolean()) {
                saved(store, engine, dossier.moveTo(DossierStatus.PROCESSING, LocalDateTime.now(OFFICE), "canbo.b",
                        ""));
            }
        }
    }

    /** A fresh scan, and for every other dossier a document scanned for an earlier one (a shared file). */
    private static List<DossierComponent> components(OfflineStore store, SplittableRandom random,
            List<StoredFileRef> earlier) {
        byte[] scan = new byte[20_000 + random.nextInt(100_000)];
        random.nextBytes(scan);
        StoredFileRef fresh = store.files().put(new ByteArrayInputStream(scan), "application/pdf", "scan.pdf");
        List<DossierComponent> components = new ArrayList<>(List.of(SampleDossiers.component("Bản quét", fresh)));
        if (!earlier.isEmpty() && random.nextBoolean()) {
            components.add(SampleDossiers.component("Giấy tờ dùng lại", earlier.get(random.nextInt(earlier.size()))));
        }
        earlier.add(fresh);
        return components;
    }

    private static void saved(OfflineStore store, SyncEngine engine, Dossier dossier) {
        store.dossiers().save(dossier);
        say(SAVED + " " + dossier.code().value() + " " + dossier.status().nationalCode());
        engine.syncNow();
    }

    private static void say(String marker) {
        System.out.println(marker);
        System.out.flush();
    }
}
