package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.owner;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.core.sync.DossierSyncState.Delivery;
import vn.motcua.core.sync.SyncStatus;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxAdmin.GatewayStats;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.queue.MutableClock;

/**
 * The desk syncing through the province's OAuth2 client-credentials gateway (the sandbox in OAuth mode): one token
 * for many calls, renewed shortly before it expires or when the gateway refuses it, and a wrong client secret kept
 * out of the logs while the outbox waits.
 */
class OAuthGatewaySyncTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);
    private static final String CLIENT = "motcua-desk-h62";
    private static final String SECRET = "Bí-mật_ứng-dụng&scope=x+1";
    private static final String WRONG_SECRET = "mật-khẩu-cũ-đã-đổi";
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger deskLogs = (Logger) LoggerFactory.getLogger("vn.motcua");
    private ProvinceSandbox province;
    private OfflineStore store;
    private SyncEngine engine;

    @BeforeEach
    void open() throws IOException {
        captureLogs();
        province = ProvinceSandbox.start(SandboxOptions.defaults().withStrictCreate(true)
                .withOAuth(CLIENT, SECRET, TOKEN_LIFETIME));
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        store.close();
        province.close();
        deskLogs.detachAppender(log);
        deskLogs.setLevel(null);
        deskLogs.setAdditive(true);
    }

    /** Everything the desk and the sandbox log, DEBUG included, goes to the list instead of the console. */
    private void captureLogs() {
        log.start();
        deskLogs.addAppender(log);
        deskLogs.setLevel(Level.DEBUG);
        deskLogs.setAdditive(false);
    }

    private SyncEngine engine(String clientSecret) {
        SyncSettings settings = TestSyncSettings.forProvince(province.serviceUri())
                .with("oauth.tokenUrl", province.tokenUri()).with("oauth.clientId", CLIENT)
                .with("oauth.clientSecret", clientSecret).with("uploadChunkBytes", 1024).settings();
        engine = store.syncEngine(Optional.of(settings), clock, new SplittableRandom(2026));
        return engine;
    }

    private Dossier save(int sequence) {
        byte[] scan = ("bản quét hồ sơ " + sequence).repeat(200).getBytes(StandardCharsets.UTF_8);
        Dossier dossier = SampleDossiers.withFiles(store.files(), code(sequence),
                owner("Công dân " + sequence, "0792010%05d".formatted(sequence)), MORNING.plusMinutes(sequence),
                List.of(scan));
        store.dossiers().save(dossier);
        return dossier;
    }

    private Delivery delivery(Dossier dossier) {
        return engine.stateOf(dossier.code()).orElseThrow().delivery();
    }

    private GatewayStats gateway() {
        return province.admin().gatewayStats();
    }

    private int pushes() {
        return province.admin().stats().requests(ProvincialClient.PUSH);
    }

    /** Sends one dossier and checks it arrived once, in one pass, without a retry left behind. */
    private void sendsAtOnce(Dossier dossier) {
        int before = pushes();
        assertThat(engine.drainUntilIdle()).isEqualTo(1);
        assertThat(delivery(dossier)).isEqualTo(Delivery.SENT);
        assertThat(engine.stateOf(dossier.code()).orElseThrow().attempts()).as("no retry").isZero();
        assertThat(pushes() - before).as("the refused call never reached the province").isEqualTo(1);
        assertThat(province.admin().stats().creates(dossier.code().value())).isEqualTo(1);
    }

    @Test
    void dossiersAndFilesSyncThroughTheGatewayOnOneToken() {
        engine(SECRET);
        List<Dossier> dossiers = List.of(save(1), save(2), save(3));

        assertThat(engine.drainUntilIdle()).isEqualTo(3);

        for (Dossier dossier : dossiers) {
            assertThat(delivery(dossier)).isEqualTo(Delivery.SENT);
            assertThat(province.admin().stats().creates(dossier.code().value())).isEqualTo(1);
        }
        assertThat(engine.pullNow()).as("pulls go through the gateway too").isTrue();
        assertThat(gateway()).isEqualTo(new GatewayStats(1, 0, 0));
        assertThat(engine.status().connection()).isEqualTo(ConnectionState.ONLINE);
    }

    @Test
    void aRevokedTokenIsRenewedAndTheCallRepeatedOnce() {
        engine(SECRET);
        save(1);
        engine.drainUntilIdle();
        assertThat(province.admin().revokeTokens()).isEqualTo(1);

        sendsAtOnce(save(2));

        assertThat(gateway()).isEqualTo(new GatewayStats(2, 0, 1));
        assertThat(engine.status().lastError()).isEmpty();
        assertThat(messages()).anyMatch(line -> line.contains("refused the token"));
        assertNoSecretIn(messages());
    }

    @Test
    void aTokenExpiredOnTheProvinceClockIsRenewedTransparently() {
        engine(SECRET);
        save(1);
        engine.drainUntilIdle();
        province.admin().advanceClock(TOKEN_LIFETIME);

        sendsAtOnce(save(2));

        assertThat(gateway()).isEqualTo(new GatewayStats(2, 0, 1));
    }

    @Test
    void theDeskKeepsItsTokenUntilShortlyBeforeItExpires() {
        engine(SECRET);
        save(1);
        engine.drainUntilIdle();

        clock.advance(TOKEN_LIFETIME.minusSeconds(31));
        sendsAtOnce(save(2));
        assertThat(gateway().tokensIssued()).as("still the first token").isEqualTo(1);

        clock.advance(Duration.ofSeconds(2)); // 30 s before it expires: renewed before the call, never refused
        sendsAtOnce(save(3));
        assertThat(gateway()).isEqualTo(new GatewayStats(2, 0, 0));
    }

    @Test
    void aWrongClientSecretIsReportedAndTheOutboxStaysPending() {
        engine(WRONG_SECRET);
        Dossier dossier = save(1);

        assertThat(engine.drainUntilIdle()).isEqualTo(1);

        assertThat(delivery(dossier)).isEqualTo(Delivery.PENDING);
        SyncStatus status = engine.status();
        assertThat(status.connection()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(status.backlog()).isEqualTo(1);
        assertThat(status.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("sync.oauth.clientSecret").contains("invalid_client"));
        assertThat(engine.stateOf(dossier.code()).orElseThrow().message()).contains("invalid_client");
        assertThat(gateway().clientsRefused()).isPositive();
        assertThat(gateway().tokensIssued()).isZero();
        assertThat(province.admin().stats().requests()).as("nothing reached the province").isEmpty();

        List<String> texts = new java.util.ArrayList<>(messages());
        texts.add(status.lastError().orElseThrow());
        texts.add(engine.stateOf(dossier.code()).orElseThrow().message());
        assertNoSecretIn(texts);
    }

    @Test
    void theSettingsNeverShowTheSecret() {
        SyncSettings settings = TestSyncSettings.forProvince(province.serviceUri())
                .with("oauth.tokenUrl", province.tokenUri()).with("oauth.clientId", CLIENT)
                .with("oauth.clientSecret", SECRET).settings();

        assertThat(settings.toString()).contains(CLIENT).doesNotContain(SECRET)
                .doesNotContain(SandboxOptions.DEFAULT_PASSWORD + ",");
        assertThat(settings.oauth().orElseThrow().toString()).doesNotContain(SECRET);
    }

    /** Every captured log line, with the messages of its exception chain. */
    private List<String> messages() {
        return log.list.stream().map(event -> event.getFormattedMessage() + causes(event.getThrowableProxy()))
                .toList();
    }

    private static String causes(IThrowableProxy proxy) {
        return proxy == null ? "" : " | " + proxy.getMessage() + causes(proxy.getCause());
    }

    private static void assertNoSecretIn(List<String> texts) {
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain(SECRET).doesNotContain(WRONG_SECRET)
                .doesNotContain(java.net.URLEncoder.encode(SECRET, StandardCharsets.UTF_8))
                .doesNotContain(java.net.URLEncoder.encode(WRONG_SECRET, StandardCharsets.UTF_8)));
    }
}
