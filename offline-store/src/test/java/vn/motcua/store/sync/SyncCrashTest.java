package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierSummary;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.sandbox.FaultKind;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxAdmin;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.queue.MutableClock;

/**
 * A desk receiving dossiers and syncing them (a child JVM, {@link SyncingDeskProcess}) is killed with SIGKILL
 * twenty times on the same data directory, alternately during intake and during sync, against a province that
 * also fails now and then. The kill moments follow the child's progress markers, chosen by a seeded random; no
 * sleeping. Then the engine finishes in this JVM: every dossier the desk reported saved must be here whole and at
 * the province exactly once, with every file byte for byte and every outbox entry sent.
 */
class SyncCrashTest {
    private static final int KILLS = 20;
    private static final int INTAKE = 12;
    private static final long SEED = 2_025_11_05L;

    @TempDir
    Path dir;
    private ProvinceSandbox province;
    private final Map<String, Integer> reportedStatus = new HashMap<>();
    private final Map<String, Integer> reportedSaves = new HashMap<>();

    @BeforeEach
    void startProvince() throws IOException {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withStrictCreate(true));
        province.admin().faults().seed(SEED)
                .rate(FaultKind.HTTP_503, 0.03).rate(FaultKind.DROP_BEFORE, 0.02).rate(FaultKind.DROP_AFTER, 0.03)
                .rate(FaultKind.DUPLICATE, 0.02).rate(FaultKind.EXPIRED_SESSION, 0.02)
                .rate(FaultKind.MALFORMED_JSON, 0.02).rate(FaultKind.DROP_MID_UPLOAD, 0.05);
    }

    @AfterEach
    void stopProvince() {
        province.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung child must not hang the build
    void killedTwentyTimesDuringIntakeAndSyncLosesNothingAndDuplicatesNothing() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        int midSync = 0;
        for (int run = 0; run < KILLS; run++) {
            boolean duringIntake = run % 2 == 0;
            Process desk = startDesk(random.nextLong(), duringIntake ? INTAKE : 2, run);
            BufferedReader markers = new BufferedReader(
                    new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8));
            boolean syncing = duringIntake ? awaitSaves(markers, 1 + random.nextInt(INTAKE))
                    : awaitPushes(markers, 1 + random.nextInt(6));
            midSync += syncing ? 1 : 0;
            desk.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it keeps stdout readable
            assertThat(desk.waitFor(30, TimeUnit.SECONDS)).isTrue();
            readRest(markers); // what it reported before the kill landed counts too
        }
        System.out.printf("%d kills, %d of them with pushes pending; %d dossiers reported saved%n", KILLS, midSync,
                reportedStatus.size());
        assertThat(midSync).as("kills that landed while the backlog was leaving").isGreaterThanOrEqualTo(KILLS / 4);
        assertThat(pragma("PRAGMA integrity_check")).containsExactly("ok");
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            finishSync(store);
            assertNothingLost(store);
            assertNothingDuplicated(store);
        }
    }

    private Process startDesk(long seed, int intake, int run) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SyncingDeskProcess.class.getName(), dir.toString(), province.serviceUri().toString(),
                Long.toString(seed), Integer.toString(intake))
                .redirectError(dir.resolve("desk-" + run + ".err").toFile())
                .start();
    }

    /** Reads markers until the desk reported {@code saves} saves; answers whether pushes were pending then. */
    private boolean awaitSaves(BufferedReader markers, int saves) throws IOException {
        int seen = 0;
        int backlog = 0;
        while (seen < saves) {
            String line = nextMarker(markers);
            seen += record(line) ? 1 : 0;
            backlog = line.startsWith(SyncingDeskProcess.SYNC + " ") ? backlogOf(line) : backlog;
            if (line.equals(SyncingDeskProcess.INTAKE_DONE)) {
                break;
            }
        }
        return backlog > 0;
    }

    /** After the intake, reads until the {@code pushes}-th status change or an empty backlog. */
    private boolean awaitPushes(BufferedReader markers, int pushes) throws IOException {
        for (String line = nextMarker(markers); !line.equals(SyncingDeskProcess.INTAKE_DONE);
                line = nextMarker(markers)) {
            record(line);
        }
        int seen = 0;
        while (true) {
            String line = nextMarker(markers);
            if (line.startsWith(SyncingDeskProcess.SYNC + " ")) {
                if (backlogOf(line) == 0) {
                    return false;
                }
                if (++seen == pushes) {
                    return true;
                }
            }
        }
    }

    private static String nextMarker(BufferedReader markers) throws IOException {
        String line = markers.readLine();
        if (line == null) {
            throw new AssertionError("The desk process ended by itself; see desk-*.err");
        }
        return line;
    }

    private void readRest(BufferedReader markers) throws IOException {
        for (String line = markers.readLine(); line != null; line = markers.readLine()) {
            record(line);
        }
    }

    /** Keeps what a {@code SAVED code status} marker reports; answers whether it was one. */
    private boolean record(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[0].equals(SyncingDeskProcess.SAVED)) {
            return false;
        }
        reportedStatus.put(parts[1], Integer.parseInt(parts[2]));
        reportedSaves.merge(parts[1], 1, Integer::sum);
        return true;
    }

    private static int backlogOf(String line) {
        return Integer.parseInt(line.substring(SyncingDeskProcess.SYNC.length() + 1));
    }

    /** The desk restarted once more, with its clock moved by hand past every retry; the province stays as it is. */
    private void finishSync(OfflineStore store) throws SQLException {
        MutableClock clock = new MutableClock(LocalDateTime.now());
        try (SyncEngine engine = store.syncEngine(Optional.of(SyncingDeskProcess.settings(province.serviceUri())),
                clock, new SplittableRandom(SEED))) {
            for (int round = 0; round < 1_000 && store.outbox().backlog() > 0; round++) {
                engine.drainUntilIdle();
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(engine.status().rejected()).as("rejections: %s",
                    pragma("SELECT dossier_code || ': ' || last_error FROM sync_outbox WHERE state = 'REJECTED'"))
                    .isZero();
        }
    }

    private void assertNothingLost(OfflineStore store) throws Exception {
        assertThat(reportedStatus).as("the desk reported saves").hasSizeGreaterThan(KILLS);
        for (var reported : reportedStatus.entrySet()) {
            Dossier dossier = store.dossiers().find(DossierCode.parse(reported.getKey()).orElseThrow())
                    .orElseThrow(() -> new AssertionError("reported saved, not stored: " + reported.getKey()));
            assertThat(dossier.status().nationalCode()).as("status of %s", reported.getKey())
                    .isGreaterThanOrEqualTo(reported.getValue());
            for (StoredFileRef file : dossier.files()) {
                assertThat(ExactlyOnceAtScaleTest.sha256(bytes(store, file))).isEqualTo(file.sha256());
            }
            assertThat(count("SELECT count(*) FROM sync_outbox WHERE dossier_code = '" + reported.getKey() + "'"))
                    .as("outbox entries of %s", reported.getKey())
                    .isGreaterThanOrEqualTo(reportedSaves.get(reported.getKey()));
        }
        assertThat(count("SELECT count(*) FROM sync_outbox WHERE state <> 'SENT'")).as("entries not sent").isZero();
    }

    private void assertNothingDuplicated(OfflineStore store) {
        List<DossierSummary> all = store.dossiers().search("", Integer.MAX_VALUE);
        SandboxAdmin.Stats stats = province.admin().stats();
        assertThat(stats.dossiers()).as("the province holds exactly ours").isEqualTo(all.size());
        for (DossierSummary summary : all) {
            Dossier dossier = store.dossiers().find(summary.code()).orElseThrow();
            String code = dossier.code().value();
            assertThat(stats.creates(code)).as("created once: %s", code).isEqualTo(1);
            JsonNode held = province.admin().dossier(code).orElseThrow();
            assertThat(held.path("TrangThaiHoSo").asInt()).as("status of %s", code)
                    .isEqualTo(dossier.status().nationalCode());
            JsonNode documents = held.path("TaiLieuNop");
            assertThat(documents).hasSize(dossier.files().size());
            for (int i = 0; i < documents.size(); i++) {
                byte[] stored = province.admin().file(documents.get(i).path("DuongDanTaiTepTin").asText())
                        .orElseThrow(() -> new AssertionError("file missing at the province: " + code));
                assertThat(ExactlyOnceAtScaleTest.sha256(stored)).isEqualTo(dossier.files().get(i).sha256());
            }
        }
    }

    private static byte[] bytes(OfflineStore store, StoredFileRef file) throws IOException {
        try (InputStream in = store.files().open(file).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    private int count(String sql) throws SQLException {
        return Integer.parseInt(pragma(sql).getFirst());
    }

    private List<String> pragma(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
