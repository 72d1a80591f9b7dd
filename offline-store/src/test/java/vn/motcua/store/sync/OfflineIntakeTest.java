package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.owner;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.core.sync.DossierSyncState.Delivery;
import vn.motcua.core.sync.SyncStatus;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxAdmin;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.queue.MutableClock;

/**
 * The province is down for a whole morning of intake: the counter keeps receiving dossiers, nothing fails in
 * the clerk's face, everything waits in the outbox; when the province comes up on its address, the same engine
 * (its settings untouched) delivers every dossier exactly once.
 */
class OfflineIntakeTest {
    private static final int DOSSIERS = 50;
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 7, 30);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);
    private OfflineStore store;
    private SyncEngine engine;
    private ProvinceSandbox province;

    @AfterEach
    void close() {
        engine.close();
        store.close();
        if (province != null) {
            province.close();
        }
    }

    @Test
    void intakeWhileTheProvinceIsDownQueuesEverythingAndDeliversItOnceWhenItComesUp() throws IOException {
        int port = freeLoopbackPort();
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        engine = store.syncEngine(Optional.of(TestSyncSettings.forPort(port).with("uploadChunkBytes", 4096)
                .settings()), clock, new SplittableRandom(5));
        List<SyncStatus> heard = new ArrayList<>();
        engine.addListener(heard::add);

        List<Dossier> received = new ArrayList<>();
        for (int sequence = 1; sequence <= DOSSIERS; sequence++) {
            received.add(receive(sequence));
            engine.runOnce(); // what the clerk's save triggers; must not throw
            assertThat(engine.status().connection()).as("after dossier %d", sequence)
                    .isIn(ConnectionState.OFFLINE, ConnectionState.CIRCUIT_OPEN);
            assertThat(engine.status().backlog()).isEqualTo(sequence);
            clock.advance(Duration.ofMinutes(4)); // the next citizen; retries and probes fall due meanwhile
        }
        assertThat(heard).extracting(SyncStatus::connection).contains(ConnectionState.CIRCUIT_OPEN);
        assertThat(engine.status().lastError()).isPresent();

        province = ProvinceSandbox.start(SandboxOptions.defaults().withPort(port).withStrictCreate(true));
        clock.advance(Duration.ofMinutes(31));
        engine.drainUntilIdle();

        assertThat(engine.status().backlog()).isZero();
        assertThat(engine.status().connection()).isEqualTo(ConnectionState.ONLINE);
        SandboxAdmin.Stats stats = province.admin().stats();
        assertThat(stats.dossiers()).isEqualTo(DOSSIERS);
        for (Dossier dossier : received) {
            assertThat(stats.creates(dossier.code().value())).as("created once: %s", dossier.code()).isEqualTo(1);
            assertThat(stats.updates(dossier.code().value())).isZero();
            assertThat(engine.stateOf(dossier.code()).orElseThrow().delivery()).isEqualTo(Delivery.SENT);
        }
    }

    private Dossier receive(int sequence) {
        byte[] scan = ("bản quét hồ sơ " + sequence).repeat(300).getBytes(StandardCharsets.UTF_8);
        Dossier dossier = SampleDossiers.withFiles(store.files(), code(sequence),
                owner("Công dân " + sequence, "0792010%05d".formatted(sequence)), MORNING.plusMinutes(4L * sequence),
                List.of(scan));
        store.dossiers().save(dossier);
        return dossier;
    }

    /** Reserves an address for the province before it exists: the desk is configured with it from the start. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
