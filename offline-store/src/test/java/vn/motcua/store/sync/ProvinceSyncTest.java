package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.owner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StatusChange;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.core.sync.DossierSyncState.Delivery;
import vn.motcua.core.sync.SyncStatus;
import vn.motcua.sandbox.FaultKind;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxAdmin;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.queue.MutableClock;

/**
 * The whole push and pull path against the province sandbox (a real HTTP server on loopback) and a real SQLite
 * file. The desk's time is a hand-moved clock: retries fall due by moving it, never by sleeping.
 */
class ProvinceSyncTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);
    private static final int CHUNK = 1024;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);
    private ProvinceSandbox province;
    private OfflineStore store;
    private SyncEngine engine;

    @BeforeEach
    void open() throws IOException {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withStrictCreate(true));
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        engine = engine(province, 5);
    }

    @AfterEach
    void close() {
        engine.close();
        store.close();
        province.close();
    }

    private SyncEngine engine(ProvinceSandbox target, int circuitFailures) {
        Properties properties = new Properties();
        properties.setProperty("sync.serviceUrl", target.serviceUri().toString());
        properties.setProperty("sync.agency", SandboxOptions.DEFAULT_AGENCY);
        properties.setProperty("sync.username", SandboxOptions.DEFAULT_USER);
        properties.setProperty("sync.password", SandboxOptions.DEFAULT_PASSWORD);
        properties.setProperty("sync.requestTimeout", "PT10S");
        properties.setProperty("sync.uploadChunkBytes", Integer.toString(CHUNK));
        properties.setProperty("sync.circuit.failures", Integer.toString(circuitFailures));
        properties.setProperty("sync.pullEvery", "PT87600H"); // pulls only when a test asks
        return store.syncEngine(Optional.of(SyncSettings.from(properties)), clock, new SplittableRandom(2026));
    }

    private SandboxAdmin admin() {
        return province.admin();
    }

    private Dossier save(int sequence, byte[]... files) {
        List<byte[]> contents = List.of(files);
        Dossier dossier = SampleDossiers.withFiles(store.files(), code(sequence),
                owner("Công dân " + sequence, "0792010%05d".formatted(sequence)), MORNING.plusMinutes(sequence),
                contents);
        store.dossiers().save(dossier);
        return dossier;
    }

    /** A dossier with no scanned file: the push path without uploads. */
    private Dossier saveWithout(int sequence) {
        return save(sequence);
    }

    /** Passes and clock moves until the outbox is empty or nothing more can happen. */
    private int drain() {
        int pushes = 0;
        for (int round = 0; round < 500 && store.outbox().backlog() > 0; round++) {
            pushes += engine.drainUntilIdle();
            clock.advance(Duration.ofMinutes(31)); // past the retry ceiling and the circuit cool-down
        }
        return pushes;
    }

    private Delivery delivery(Dossier dossier) {
        return engine.stateOf(dossier.code()).orElseThrow().delivery();
    }

    private static byte[] bytes(String text, int size) {
        byte[] seed = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (seed[i % seed.length] + i / seed.length);
        }
        return bytes;
    }

    @Test
    void twoHundredDossiersThroughFaultsArriveExactlyOnce() {
        admin().faults().seed(7)
                .rate(FaultKind.HTTP_500, 0.08).rate(FaultKind.HTTP_503, 0.08)
                .rate(FaultKind.DROP_AFTER, 0.08).rate(FaultKind.DROP_BEFORE, 0.04)
                .rate(FaultKind.DUPLICATE, 0.05).rate(FaultKind.MALFORMED_JSON, 0.04)
                .rate(FaultKind.EXPIRED_SESSION, 0.03).rate(FaultKind.DROP_MID_UPLOAD, 0.1);
        byte[] sharedForm = bytes("mẫu đơn dùng chung", 3 * CHUNK + 17);
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            dossiers.add(save(i, bytes("bản quét " + i, 2 * CHUNK + i), sharedForm));
            if (i == 100) {
                admin().expireSessions();
            }
        }
        long started = System.nanoTime();
        int pushes = drain();
        long millis = (System.nanoTime() - started) / 1_000_000;

        SandboxAdmin.Stats stats = admin().stats();
        System.out.printf("200 dossiers, %d pushes, %d faults, %d ms%n", pushes,
                stats.faults().values().stream().mapToInt(Integer::intValue).sum(), millis);
        assertThat(stats.faults(FaultKind.DROP_AFTER)).as("the faults really happened").isPositive();
        assertThat(stats.faults(FaultKind.DUPLICATE)).isPositive();
        assertThat(stats.faults(FaultKind.DROP_MID_UPLOAD)).isPositive();
        assertThat(stats.dossiers()).isEqualTo(200);
        for (Dossier dossier : dossiers) {
            assertThat(stats.creates(dossier.code().value())).as("created once: %s", dossier.code()).isEqualTo(1);
            assertThat(delivery(dossier)).isEqualTo(Delivery.SENT);
        }
        assertThat(engine.status().backlog()).isZero();
        assertThat(engine.status().connection()).isEqualTo(ConnectionState.ONLINE);
    }

    @Test
    void anAnswerLostAfterTheProvinceStoredTheDossierIsRetriedAsAnUpdate() {
        Dossier dossier = saveWithout(1);
        admin().faults().next(FaultKind.DROP_AFTER, 1, ProvincialClient.PUSH);
        assertThat(engine.drainUntilIdle()).isEqualTo(1);
        assertThat(delivery(dossier)).isEqualTo(Delivery.PENDING);
        assertThat(engine.stateOf(dossier.code()).orElseThrow().message()).contains(ProvincialClient.PUSH);
        assertThat(admin().stats().creates(dossier.code().value())).as("stored, answer lost").isEqualTo(1);

        drain();
        var stats = admin().stats();
        assertThat(stats.creates(dossier.code().value())).isEqualTo(1);
        assertThat(stats.conflicts(dossier.code().value())).as("409, then the update").isEqualTo(1);
        assertThat(stats.updates(dossier.code().value())).isEqualTo(1);
        assertThat(delivery(dossier)).isEqualTo(Delivery.SENT);
    }

    @Test
    void aRejectedDossierStopsThereAndTheOthersGoOn() {
        Dossier first = saveWithout(1);
        Dossier invalid = saveWithout(10_000); // MaHoSo with five digits: the province refuses it
        Dossier last = saveWithout(2);
        drain();
        assertThat(delivery(first)).isEqualTo(Delivery.SENT);
        assertThat(delivery(last)).isEqualTo(Delivery.SENT);
        assertThat(engine.stateOf(invalid.code())).hasValueSatisfying(state -> {
            assertThat(state.delivery()).isEqualTo(Delivery.REJECTED);
            assertThat(state.message()).contains("MaHoSo");
        });
        assertThat(engine.status().rejected()).isEqualTo(1);
        int requests = admin().stats().requests(ProvincialClient.PUSH);
        clock.advance(Duration.ofDays(1));
        engine.drainUntilIdle();
        assertThat(admin().stats().requests(ProvincialClient.PUSH)).as("never retried").isEqualTo(requests);
    }

    @Test
    void aDossierChangedWhileItsPushFailsArrivesInItsLatestStateNeverOlder() {
        Dossier received = saveWithout(1);
        admin().faults().next(FaultKind.HTTP_503, 1, ProvincialClient.PUSH);
        engine.drainUntilIdle();
        Dossier processing = received.moveTo(DossierStatus.PROCESSING, MORNING.plusHours(1), "canbo.a", "");
        store.dossiers().save(processing);
        drain();
        String code = received.code().value();
        assertThat(admin().dossier(code).orElseThrow().path("TrangThaiHoSo").asInt()).isEqualTo(4);
        assertThat(admin().stats().creates(code) + admin().stats().updates(code)).as("one push for both").isEqualTo(1);

        store.dossiers().save(processing.moveTo(DossierStatus.PROCESSED, MORNING.plusHours(2), "canbo.a", ""));
        drain();
        assertThat(admin().dossier(code).orElseThrow().path("TrangThaiHoSo").asInt()).isEqualTo(9);
    }

    @Test
    void theCircuitOpensOnADeadProvinceAndClosesWhenItComesBack() throws IOException {
        int port = province.port();
        province.close();
        engine.close();
        engine = engine(province, 3);
        List<SyncStatus> heard = new ArrayList<>();
        engine.addListener(heard::add);
        for (int i = 1; i <= 5; i++) {
            saveWithout(i);
        }
        assertThat(engine.drainUntilIdle()).as("stops calling after 3 failures").isEqualTo(3);
        assertThat(engine.status().connection()).isEqualTo(ConnectionState.CIRCUIT_OPEN);
        assertThat(engine.status().backlog()).isEqualTo(5);
        assertThat(engine.status().lastError()).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(engine.runOnce()).as("still cooling down").isZero();

        province = ProvinceSandbox.start(SandboxOptions.defaults().withPort(port));
        clock.advance(Duration.ofMinutes(31));
        engine.drainUntilIdle();
        assertThat(engine.status().connection()).isEqualTo(ConnectionState.ONLINE);
        assertThat(engine.status().backlog()).isZero();
        assertThat(engine.status().lastSuccess()).isPresent();
        assertThat(heard).extracting(SyncStatus::connection).contains(ConnectionState.CIRCUIT_OPEN)
                .last().isEqualTo(ConnectionState.ONLINE);
    }

    @Test
    void anUploadResumesAfterAMidUploadDropAndASharedFileIsUploadedOnce() {
        byte[] shared = bytes("giấy tờ dùng chung", 10 * CHUNK + 5);
        admin().faults().seed(3).rate(FaultKind.DROP_MID_UPLOAD, 0.3, FileUpload.SERVICE);
        Dossier a = save(1, shared);
        drain();
        int drops = admin().stats().faults(FaultKind.DROP_MID_UPLOAD);
        int calls = admin().stats().requests(FileUpload.SERVICE);
        assertThat(drops).isPositive();
        assertThat(calls).as("each drop costs two calls, never a restart").isLessThanOrEqualTo(11 + 2 * drops);

        Dossier b = save(2, shared);
        drain();
        assertThat(admin().stats().requests(FileUpload.SERVICE)).as("not uploaded again").isEqualTo(calls);
        StoredFileRef file = a.files().getFirst();
        String remoteA = remotePath(a);
        assertThat(remotePath(b)).isEqualTo(remoteA).isNotBlank();
        assertThat(file.sha256()).isEqualTo(b.files().getFirst().sha256());
    }

    @Test
    void aSessionLostAgainRightAfterTheNewLoginDuringAnUploadIsRetriedNotRejected() {
        Dossier dossier = save(1, bytes("đơn đề nghị", 100));
        admin().faults().next(FaultKind.EXPIRED_SESSION, 2, FileUpload.SERVICE);
        engine.drainUntilIdle();
        assertThat(delivery(dossier)).as("401, new login, 401 again: try later").isEqualTo(Delivery.PENDING);
        drain();
        assertThat(delivery(dossier)).isEqualTo(Delivery.SENT);
        assertThat(admin().stats().creates(dossier.code().value())).isEqualTo(1);
    }

    @Test
    void aResultAttachedAfterTheDossierWasSentIsUploadedAndListedWithItsSignature() {
        Dossier dossier = save(1, bytes("đơn đề nghị", 100));
        drain();
        byte[] result = bytes("quyết định đã ký", 3 * CHUNK + 7);
        StoredFileRef file = store.files().put(new java.io.ByteArrayInputStream(result), "application/pdf",
                "quyet-dinh.pdf");
        store.resultFiles().attach(dossier.code(), new ResultFile(file, ResultFile.Source.RECEIVED_FILE,
                new ResultSignature(ResultSignature.State.INTACT, "UBND quận Ba Đình"), MORNING.plusDays(2), "lan.nt"));
        assertThat(delivery(dossier)).as("queued with the attachment").isEqualTo(Delivery.PENDING);

        drain();

        assertThat(delivery(dossier)).isEqualTo(Delivery.SENT);
        var paper = admin().dossier(dossier.code().value()).orElseThrow().path("DanhSachGiayToKetQua").get(0);
        assertThat(paper.path("NguoiKy").asText()).isEqualTo("UBND quận Ba Đình");
        assertThat(paper.path("CoChuKySo").asInt()).isEqualTo(1);
        assertThat(admin().file(paper.path("DuongDanTepTinKetQua").asText())).hasValue(result);
    }

    private String remotePath(Dossier dossier) {
        return admin().dossier(dossier.code().value()).orElseThrow().path("TaiLieuNop").get(0)
                .path("DuongDanTaiTepTin").asText();
    }

    @Test
    void theCataloguePullResumesFromItsCursor() {
        assertThat(engine.pullNow()).isTrue();
        Procedure first = store.catalogue().find(new ProcedureCode("9.900001")).orElseThrow();
        assertThat(first.field().code()).isEqualTo("SBX.VBCC");
        assertThat(first.demo()).isFalse();
        assertThat(first.components()).isNotEmpty();
        int procedures = store.catalogue().count();
        assertThat(procedures).as("all six seeded procedures, calendar days included").isEqualTo(6);
        assertThat(store.catalogue().find(new ProcedureCode("9.900006")).orElseThrow().processingTime())
                .isEqualTo(vn.motcua.core.calendar.ProcessingTime.calendarDays(15));

        // Edited here: a pull from the stored cursor does not fetch the unchanged procedure again.
        store.catalogue().save(new Procedure(first.code(), "Tên sửa tại máy", first.field(), first.processingTime(),
                first.components(), first.fees(), first.results(), false));
        engine.pullNow();
        assertThat(store.catalogue().find(first.code()).orElseThrow().name()).isEqualTo("Tên sửa tại máy");

        ObjectNode changed = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("MaTTHC", "9.900001").put("TenTTHC", "Cấp bản sao văn bằng (sửa đổi 2026)")
                .put("MaLinhVuc", "SBX.VBCC").put("TenLinhVuc", "Văn bằng, chứng chỉ");
        admin().putProcedure(changed);
        engine.pullNow();
        assertThat(store.catalogue().find(first.code()).orElseThrow().name())
                .isEqualTo("Cấp bản sao văn bằng (sửa đổi 2026)");
        assertThat(store.catalogue().count()).isEqualTo(procedures);
    }

    @Test
    void pulledStatusesMoveDossiersForwardNeverBackAndAreNotEchoed() {
        Dossier processing = saveWithout(1);
        Dossier returned = saveWithout(2);
        drain();
        Dossier done = returned.moveTo(DossierStatus.PROCESSED, MORNING.plusHours(3), "canbo.a", "")
                .moveTo(DossierStatus.RESULT_RETURNED, MORNING.plusHours(4), "canbo.a", "");
        store.dossiers().save(done);
        drain();
        int pushes = admin().stats().requests(ProvincialClient.PUSH);

        admin().process(processing.code().value(), 4, "Đã thụ lý");
        admin().process(returned.code().value(), 4, "Thụ lý lại");
        assertThat(engine.pullNow()).isTrue();

        Dossier moved = store.dossiers().find(processing.code()).orElseThrow();
        assertThat(moved.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(moved.history().getLast().actor()).isEqualTo("tỉnh");
        assertThat(moved.history().getLast().note()).isEqualTo("Đã thụ lý");
        Dossier kept = store.dossiers().find(returned.code()).orElseThrow();
        assertThat(kept.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        StatusChange note = kept.history().getLast();
        assertThat(note.actor()).isEqualTo("tỉnh");
        assertThat(note.note()).contains("không áp dụng");

        engine.pullNow();
        assertThat(store.dossiers().find(returned.code()).orElseThrow().history()).hasSameSizeAs(kept.history());
        assertThat(store.outbox().backlog()).as("province changes are not pushed back").isZero();
        engine.drainUntilIdle();
        assertThat(admin().stats().requests(ProvincialClient.PUSH)).isEqualTo(pushes);
        assertThat(engine.stateOf(new DossierCode(SampleDossiers.AGENCY, SampleDossiers.DAY, 1)))
                .hasValueSatisfying(state -> assertThat(state.delivery()).isEqualTo(Delivery.SENT));
    }
}
