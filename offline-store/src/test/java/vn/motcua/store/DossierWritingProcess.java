package vn.motcua.store;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;

/**
 * Run as a separate JVM by {@link ProcessKillTest}: writes dossiers with two or three attached files each,
 * forever, until it is killed. Each dossier has one freshly scanned file plus one or two files stored for
 * earlier dossiers (as when a citizen's document is reused), and is saved up to three times as its status
 * moves, so that dossier transactions, not file writes, take most of the time and kills land inside them.
 * Each dossier records in {@code sets} how many components were attached, so the checker can tell a whole
 * dossier from a partly written one.
 */
public final class DossierWritingProcess {
    public static final String READY = "READY";
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int REUSABLE = 8;

    private DossierWritingProcess() {
    }

    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (OfflineStore store = OfflineStore.open(dataDirectory, SequenceBlock.WHOLE_RANGE)) {
            DossierCodeIssuer issuer = new DossierCodeIssuer(SampleDossiers.AGENCY, store.dossierSequence(),
                    Clock.system(OFFICE));
            List<StoredFileRef> recent = new ArrayList<>();
            System.out.println(READY);
            System.out.flush();
            while (true) {
                writeOne(store, issuer.next(), random, recent);
            }
        }
    }

    private static void writeOne(OfflineStore store, DossierCode code, Random random, List<StoredFileRef> recent) {
        int fileCount = 2 + random.nextInt(2);
        List<DossierComponent> components = new ArrayList<>();
        StoredFileRef fresh = store.files().put(new ByteArrayInputStream(scan(random)), "application/pdf", "scan.pdf");
        components.add(SampleDossiers.component("Bản scan mới", fresh));
        for (int i = 1; i < fileCount; i++) {
            StoredFileRef file = recent.isEmpty() ? fresh : recent.get(random.nextInt(recent.size()));
            components.add(SampleDossiers.component("Giấy tờ dùng lại " + i, file));
        }
        remember(recent, fresh);
        Dossier base = SampleDossiers.received(code, SampleDossiers.owner("Công dân " + code.sequence(),
                "0792010" + String.format("%05d", code.sequence() % 100_000)), LocalDateTime.now(OFFICE), components);
        Dossier dossier = new Dossier(base.code(), base.procedureCode(), base.procedureName(), base.owner(),
                base.components(), base.fees(), fileCount, base.channel(), base.delivery(), base.receivedAt(),
                base.dueAt(), base.receivedBy(), base.history());
        store.dossiers().save(dossier);
        Dossier processing = dossier.moveTo(DossierStatus.PROCESSING, LocalDateTime.now(OFFICE), "canbo.b", "");
        store.dossiers().save(processing);
        if (random.nextBoolean()) {
            store.dossiers().save(processing.moveTo(DossierStatus.PROCESSED, LocalDateTime.now(OFFICE), "canbo.c", ""));
        }
    }

    private static void remember(List<StoredFileRef> recent, StoredFileRef file) {
        recent.add(file);
        if (recent.size() > REUSABLE) {
            recent.removeFirst();
        }
    }

    private static byte[] scan(Random random) {
        byte[] bytes = new byte[20_000 + random.nextInt(200_000)];
        random.nextBytes(bytes);
        return bytes;
    }
}
