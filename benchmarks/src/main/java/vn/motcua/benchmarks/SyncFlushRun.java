package vn.motcua.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.sync.SyncEngine;
import vn.motcua.store.sync.SyncSettings;

/**
 * How fast a backlog leaves for the province: a store holding N unsent dossiers (one scan each) is flushed by
 * the sync engine to the province sandbox on loopback (in memory, no faults), timed from the first push until the
 * outbox is empty; then the same files go to the same sandbox with plain {@code curl --data-binary} to its raw
 * upload endpoint, one curl process and one kept-alive connection for all of them. Plain harness, not JMH: curl
 * is a separate process. Run: {@code scripts/run-sync-benchmark.sh}.
 */
public final class SyncFlushRun {
    private static final AgencyCode AGENCY = new AgencyCode("000.00.12.H62");
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 30, 8, 0);

    private record Mix(String name, int dossiers, int fileBytes) {
    }

    private record Flush(double seconds, long bytes, int calls) {
    }

    private SyncFlushRun() {
    }

    public static void main(String[] args) throws Exception {
        List<Mix> mixes = List.of(new Mix("warm-up", 300, 64 * 1024),
                new Mix("B/W scans, 1 page (60 KB)", 2_000, 60 * 1024),
                new Mix("grey scans, 3 pages (2 MB)", 150, 2 * 1024 * 1024));
        System.out.printf("Machine: %d cores, JVM %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        Path work = Files.createTempDirectory("sync-benchmark-");
        try (ProvinceSandbox province = ProvinceSandbox.start(SandboxOptions.defaults())) {
            for (Mix mix : mixes) {
                measure(province, mix, work.resolve("store-" + mixes.indexOf(mix)));
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void measure(ProvinceSandbox province, Mix mix, Path data) throws Exception {
        province.admin().reset();
        try (OfflineStore store = OfflineStore.open(data, SequenceBlock.WHOLE_RANGE)) {
            List<Path> files = backlog(store, mix, data);
            Flush desk = flush(store, province);
            province.admin().reset();
            double curl = curl(province, files, data.resolve("curl.config"));
            double megabytes = desk.bytes() / 1e6;
            System.out.printf("%s: %d dossiers, %.1f MB%n  desk sync: %.2f s, %.0f dossiers/s, %.1f MB/s, %d calls%n"
                    + "  curl raw:  %.2f s, %.0f files/s, %.1f MB/s%n", mix.name(), mix.dossiers(), megabytes,
                    desk.seconds(), mix.dossiers() / desk.seconds(), megabytes / desk.seconds(), desk.calls(), curl,
                    files.size() / curl, megabytes / curl);
        }
    }

    /** N dossiers saved while the province was unreachable: each with its own scan of random (incompressible) bytes. */
    private static List<Path> backlog(OfflineStore store, Mix mix, Path data) {
        SplittableRandom random = new SplittableRandom(mix.dossiers());
        List<Path> files = new ArrayList<>();
        for (int sequence = 1; sequence <= mix.dossiers(); sequence++) {
            byte[] scan = new byte[mix.fileBytes()];
            random.nextBytes(scan);
            StoredFileRef file = store.files().put(new ByteArrayInputStream(scan), "application/pdf", "scan.pdf");
            store.dossiers().save(dossier(sequence, file));
            files.add(data.resolve(OfflineStore.FILES_DIRECTORY).resolve(file.sha256().substring(0, 2))
                    .resolve(file.sha256()));
        }
        return files;
    }

    private static Dossier dossier(int sequence, StoredFileRef scan) {
        DossierCode code = new DossierCode(AGENCY, LocalDate.of(2026, 11, 30), sequence);
        DossierOwner owner = new DossierOwner(OwnerType.CITIZEN, "Công dân " + sequence,
                "0792010%05d".formatted(sequence), "12 Lê Lợi, phường Bến Thành", "0901234567", "");
        DossierComponent component = new DossierComponent("TP01", "Bản quét", DocumentForm.CERTIFIED_COPY, 1, true,
                false, false, List.of(scan));
        return Dossier.open(code, new ProcedureCode("9.900001"), "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", owner,
                List.of(component), List.of(new Fee("Phí cấp bản sao", 3_000)), 1, Channel.COUNTER,
                ResultDelivery.AT_COUNTER, MORNING, Optional.of(MORNING.plusDays(2)), "canbo.a",
                DossierStatus.RECEIVED);
    }

    private static Flush flush(OfflineStore store, ProvinceSandbox province) throws IOException {
        try (SyncEngine engine = store.syncEngine(Optional.of(settings(province)), Clock.systemDefaultZone(),
                new SplittableRandom(1))) {
            engine.pullNow(); // logs in and pulls the catalogue outside the timing
            long bytes = store.dossiers().search("", Integer.MAX_VALUE).stream()
                    .flatMap(summary -> store.dossiers().find(summary.code()).orElseThrow().files().stream())
                    .mapToLong(StoredFileRef::size).sum();
            long start = System.nanoTime();
            engine.drainUntilIdle();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (engine.status().backlog() != 0) {
                throw new IllegalStateException("The backlog did not leave: " + engine.status());
            }
            var requests = province.admin().stats().requests();
            int calls = requests.getOrDefault("TaiLenTep", 0) + requests.getOrDefault("DongBoHoSoMC", 0);
            return new Flush(seconds, bytes, calls);
        }
    }

    private static SyncSettings settings(ProvinceSandbox province) {
        Properties properties = new Properties();
        properties.setProperty("sync.serviceUrl", province.serviceUri().toString());
        properties.setProperty("sync.agency", SandboxOptions.DEFAULT_AGENCY);
        properties.setProperty("sync.username", SandboxOptions.DEFAULT_USER);
        properties.setProperty("sync.password", SandboxOptions.DEFAULT_PASSWORD);
        return SyncSettings.from(properties); // default chunk size (256 KiB) and timeouts
    }

    /** One curl process, one connection kept alive, every file POSTed whole; answers the wall time in seconds. */
    private static double curl(ProvinceSandbox province, List<Path> files, Path config) throws Exception {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            entries.append(i == 0 ? "" : "next\n")
                    .append("url = \"").append(province.rawUploadUri()).append("scan-").append(i).append(".pdf\"\n")
                    .append("data-binary = \"@").append(files.get(i)).append("\"\n")
                    .append("header = \"Content-Type: application/octet-stream\"\n")
                    .append("fail\nsilent\nshow-error\noutput = \"/dev/null\"\n");
        }
        Files.writeString(config, entries);
        long start = System.nanoTime();
        Process curl = new ProcessBuilder("curl", "--config", config.toString()).inheritIO().start();
        if (curl.waitFor() != 0) {
            throw new IllegalStateException("curl failed: exit " + curl.exitValue());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Path file : files) {
            String sha256 = file.getFileName().toString();
            if (province.admin().file("TEP-" + sha256.substring(0, 20).toUpperCase()).isEmpty()) {
                throw new IllegalStateException("curl did not deliver " + file);
            }
        }
        return seconds;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
