package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.queue.MutableClock;

/**
 * Dossier numbers reserved from the province sandbox while online and issued offline (DOMAIN §2), with real
 * SQLite stores and a hand-moved clock.
 */
class CodeBlockReservationTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);
    private static final AgencyCode AGENCY = new AgencyCode(SandboxOptions.DEFAULT_AGENCY);
    private static final String TODAY = AGENCY.value() + "-251105-";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);
    private final List<AutoCloseable> open = new ArrayList<>();
    private ProvinceSandbox province;
    private boolean provinceDown;

    @BeforeEach
    void start() throws IOException {
        province = ProvinceSandbox.start(SandboxOptions.defaults());
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
        provinceDown();
    }

    private void provinceDown() {
        if (!provinceDown) {
            province.close();
            provinceDown = true;
        }
    }

    @Test
    void issuesReservedNumbersThenASecondBlockThenOfflineWhatIsLeftThenTheCounterBlock() {
        Desk desk = new Desk("a", new SequenceBlock(1, 999));
        desk.engine.runOnce();
        List<String> codes = new ArrayList<>(desk.issue(11));
        assertThat(codes).first().isEqualTo(TODAY + "5000");
        assertThat(codes).last().isEqualTo(TODAY + "5010");

        desk.engine.runOnce(); // 9 left: a second block
        codes.addAll(desk.issue(20));
        assertThat(codes).last().isEqualTo(TODAY + "5030");

        provinceDown();
        desk.engine.runOnce();
        assertThat(desk.engine.status().connection()).isNotEqualTo(ConnectionState.ONLINE);
        codes.addAll(desk.issue(12));

        List<String> offline = new ArrayList<>(IntStream.rangeClosed(5031, 5039).mapToObj(n -> TODAY + n).toList());
        offline.addAll(List.of(TODAY + "0001", TODAY + "0002", TODAY + "0003"));
        assertThat(codes.subList(31, 43)).containsExactlyElementsOf(offline);
        assertThat(codes).doesNotHaveDuplicates().hasSize(43);
    }

    @Test
    void tomorrowsNumbersAreReservedToday() {
        Desk desk = new Desk("a", new SequenceBlock(1, 999));
        desk.engine.runOnce();
        provinceDown();

        clock.advance(Duration.ofDays(1));
        assertThat(desk.issue(1)).containsExactly(AGENCY.value() + "-251106-5000");
    }

    @Test
    void twoDesksReservingFromOneProvinceNeverIssueTheSameCode() {
        Desk first = new Desk("a", new SequenceBlock(1, 999));
        Desk second = new Desk("b", new SequenceBlock(1000, 1999));
        List<String> codes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            first.engine.runOnce();
            second.engine.runOnce();
            codes.addAll(first.issue(15));
            codes.addAll(second.issue(7));
        }
        provinceDown();
        codes.addAll(first.issue(30));
        codes.addAll(second.issue(30));

        assertThat(codes).hasSize(148).doesNotHaveDuplicates();
        assertThat(codes).contains(TODAY + "0001", TODAY + "1000");
    }

    @Test
    void aCounterWithTheWholeRangeNeverAsksForNumbers() {
        Desk desk = new Desk("a", SequenceBlock.WHOLE_RANGE);
        desk.engine.runOnce();

        assertThat(desk.issue(1)).containsExactly(TODAY + "0001");
        assertThat(province.admin().stats().requests("CapKhoiSoHoSo")).isZero();
    }

    /** One counter: its own SQLite store, sync engine and code issuer. */
    private final class Desk {
        final OfflineStore store;
        final SyncEngine engine;
        final DossierCodeIssuer issuer;

        Desk(String name, SequenceBlock block) {
            store = OfflineStore.open(dir.resolve(name), block);
            open.add(store);
            engine = store.syncEngine(Optional.of(settings()), clock, new SplittableRandom(2026));
            open.add(engine);
            issuer = new DossierCodeIssuer(AGENCY, store.dossierSequence(), clock);
        }

        List<String> issue(int count) {
            return IntStream.range(0, count).mapToObj(i -> issuer.next().value()).toList();
        }
    }

    private SyncSettings settings() {
        Properties properties = new Properties();
        properties.setProperty("sync.serviceUrl", province.serviceUri().toString());
        properties.setProperty("sync.agency", AGENCY.value());
        properties.setProperty("sync.username", SandboxOptions.DEFAULT_USER);
        properties.setProperty("sync.password", SandboxOptions.DEFAULT_PASSWORD);
        properties.setProperty("sync.connectTimeout", "PT2S");
        properties.setProperty("sync.pullEvery", "PT87600H");
        properties.setProperty("sync.codeBlockSize", "20");
        return SyncSettings.from(properties);
    }
}
