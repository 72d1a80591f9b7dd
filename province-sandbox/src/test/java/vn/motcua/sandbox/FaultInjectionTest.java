package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sandbox.DeskLine.dossier;
import static vn.motcua.sandbox.DeskLine.object;
import static vn.motcua.sandbox.DeskLine.syncBody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    private static final String CODE = "000.00.12.H62-261123-0001";
    private static final String SYNC = "DongBoHoSoMC";
    private ProvinceSandbox province;
    private DeskLine desk;

    private void start(SandboxOptions options) throws Exception {
        province = ProvinceSandbox.start(options);
        desk = new DeskLine(province);
        desk.login();
    }

    private void start() throws Exception {
        start(SandboxOptions.defaults());
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void http500And503AnswerWithTheirStatusAndStoreNothing() throws Exception {
        start();
        province.admin().faults().next(FaultKind.HTTP_500, 1).next(FaultKind.HTTP_503, 1);

        HttpResponse<String> first = desk.raw(SYNC, syncBody(dossier(CODE)));
        HttpResponse<String> second = desk.raw(SYNC, syncBody(dossier(CODE)));

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(DeskLine.parse(first).path("error_code").asText()).isEqualTo("500");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).contains("1");
        assertThat(province.admin().dossier(CODE)).isEmpty();
        assertThat(desk.raw(SYNC, syncBody(dossier(CODE))).statusCode()).isEqualTo(200);
        assertThat(province.admin().stats().faults(FaultKind.HTTP_503)).isEqualTo(1);
    }

    @Test
    void aSlowAnswerOutlastsAShortClientTimeoutButStillArrivesForAPatientOne() throws Exception {
        start(SandboxOptions.defaults().withSlowDelay(Duration.ofMillis(1500)));
        province.admin().faults().next(FaultKind.SLOW, 1);
        assertThatThrownBy(() -> desk.timeout(Duration.ofMillis(300)).raw("LayDanhMucCoQuan", object()))
                .isInstanceOf(HttpTimeoutException.class);

        province.admin().faults().delay(Duration.ofMillis(200)).next(FaultKind.SLOW, 1);
        JsonNode answer = desk.timeout(Duration.ofSeconds(10)).call("LayDanhMucCoQuan", object());

        assertThat(answer.path("error_code").asText()).isEqualTo("0");
        assertThat(province.admin().stats().faults(FaultKind.SLOW)).isEqualTo(2);
    }

    @Test
    void aConnectionDroppedBeforeProcessingStoresNothing() throws Exception {
        start();
        province.admin().faults().next(FaultKind.DROP_BEFORE, 1);

        assertThatThrownBy(() -> desk.raw(SYNC, syncBody(dossier(CODE)))).isInstanceOf(IOException.class);

        assertThat(province.admin().dossier(CODE)).isEmpty();
        assertThat(province.admin().stats().creates(CODE)).isZero();
    }

    @Test
    void aConnectionDroppedAfterProcessingLeavesTheDossierStoredAndTheRetryFindsIt() throws Exception {
        start();
        province.admin().faults().next(FaultKind.DROP_AFTER, 1, SYNC);

        assertThatThrownBy(() -> desk.raw(SYNC, syncBody(dossier(CODE)))).isInstanceOf(IOException.class);
        assertThat(province.admin().dossier(CODE)).isPresent();

        JsonNode retry = desk.call(SYNC, syncBody(dossier(CODE)));
        assertThat(retry.path("data").path("created").asBoolean()).isFalse();
        assertThat(province.admin().stats().creates(CODE)).isEqualTo(1);
        assertThat(province.admin().stats().dossiers()).isEqualTo(1);
    }

    @Test
    void aDuplicatedDeliveryIsProcessedTwiceAndTheDeskHearsTheSecondAnswer() throws Exception {
        start();
        province.admin().faults().next(FaultKind.DUPLICATE, 1, SYNC);

        JsonNode answer = desk.call(SYNC, syncBody(dossier(CODE)));

        assertThat(answer.path("error_code").asText()).isEqualTo("0");
        assertThat(answer.path("data").path("created").asBoolean()).isFalse();
        assertThat(province.admin().stats().creates(CODE)).isEqualTo(1);
        assertThat(province.admin().stats().updates(CODE)).isEqualTo(1);
        assertThat(province.admin().stats().dossiers()).isEqualTo(1);
    }

    @Test
    void aDuplicatedCreateInAStrictProvinceAnswers409ThoughTheDossierWasCreated() throws Exception {
        start(SandboxOptions.defaults().withStrictCreate(true));
        province.admin().faults().next(FaultKind.DUPLICATE, 1, SYNC);

        JsonNode answer = desk.call(SYNC, syncBody(dossier(CODE)));

        assertThat(answer.path("error_code").asText()).isEqualTo("409");
        assertThat(province.admin().dossier(CODE)).isPresent();
    }

    @Test
    void anExpiredSessionFaultKillsTheSessionForGood() throws Exception {
        start();
        province.admin().faults().next(FaultKind.EXPIRED_SESSION, 1);

        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
        desk.login();
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("0");
    }

    @Test
    void malformedJsonComesAfterTheRequestWasProcessed() throws Exception {
        start();
        province.admin().faults().next(FaultKind.MALFORMED_JSON, 1);

        HttpResponse<String> response = desk.raw(SYNC, syncBody(dossier(CODE)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> DeskLine.parse(response)).isInstanceOf(JsonProcessingException.class);
        assertThat(province.admin().dossier(CODE)).isPresent();
    }

    @Test
    void aFaultAimedAtOneServiceLeavesTheOthersAlone() throws Exception {
        start();
        province.admin().faults().next(FaultKind.HTTP_503, 1, SYNC);

        assertThat(desk.raw("LayDanhMucCoQuan", object()).statusCode()).isEqualTo(200);
        assertThat(desk.login().path("error_code").asText()).isEqualTo("0");
        assertThat(province.admin().faults().pending()).isEqualTo(1);
        assertThat(desk.raw(SYNC, syncBody(dossier(CODE))).statusCode()).isEqualTo(503);
        assertThat(province.admin().faults().pending()).isZero();
    }

    @Test
    void faultsGivenAtStartApplyToTheFirstCalls() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withFaults("http503:2,drop-before@TraCuuHoSo"));
        desk = new DeskLine(province);

        assertThat(desk.post(province.serviceUri(), "{\"service\":\"DangNhap\"}", DeskLine.AGENCY).statusCode())
                .isEqualTo(503);
        assertThat(desk.post(province.serviceUri(), "{\"service\":\"DangNhap\"}", DeskLine.AGENCY).statusCode())
                .isEqualTo(503);
        assertThat(desk.login().path("error_code").asText()).isEqualTo("0");
        assertThatThrownBy(() -> desk.raw("TraCuuHoSo", object().put("MaHoSo", CODE)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void ratesFailTheSameCallsForTheSameSeed() throws Exception {
        List<Integer> first = statusesWithRate(42);
        List<Integer> second = statusesWithRate(42);

        assertThat(first).isEqualTo(second).contains(200, 500);
    }

    @Test
    void theAdminApiSwitchesFaultsAtRuntimeAndIsNeverFaultedItself() throws Exception {
        start();
        desk.admin(object().put("action", "fault").put("kind", "http500").put("count", 2));

        assertThat(desk.admin(object().put("action", "stats")).path("error_code").asText()).isEqualTo("0");
        assertThat(desk.raw("LayDanhMucCoQuan", object()).statusCode()).isEqualTo(500);
        desk.admin(object().put("action", "clearFaults"));
        assertThat(desk.raw("LayDanhMucCoQuan", object()).statusCode()).isEqualTo(200);
    }

    private List<Integer> statusesWithRate(long seed) throws Exception {
        try (ProvinceSandbox sandbox = ProvinceSandbox.start(SandboxOptions.defaults().withSeed(seed))) {
            province = sandbox;
            DeskLine line = new DeskLine(sandbox);
            line.login();
            sandbox.admin().faults().rate(FaultKind.HTTP_500, 0.5);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(line.raw("LayDanhMucCoQuan", object()).statusCode());
            }
            return statuses;
        }
    }
}
