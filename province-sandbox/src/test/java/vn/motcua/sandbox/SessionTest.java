package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionTest {
    private ProvinceSandbox province;
    private DeskLine desk;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withSessionLifetime(Duration.ofMinutes(30)));
        desk = new DeskLine(province);
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void loginAnswersASessionAndItsExpiryInProvinceTime() throws Exception {
        JsonNode answer = desk.login();

        assertThat(answer.path("error_code").asText()).isEqualTo("0");
        assertThat(answer.path("data").path("session").asText()).hasSizeGreaterThan(20);
        assertThat(answer.path("data").path("expires").asText()).matches("\\d{14}");
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("0");
    }

    @Test
    void wrongPasswordIsRefusedWith401() throws Exception {
        JsonNode answer = desk.login(SandboxOptions.DEFAULT_USER, "wrong", DeskLine.AGENCY);

        assertThat(answer.path("error_code").asText()).isEqualTo("401");
        assertThat(answer.path("data").isNull()).isTrue();
    }

    @Test
    void loginWithoutTheDstcodeHeaderNamesIt() throws Exception {
        JsonNode answer = desk.login(SandboxOptions.DEFAULT_USER, SandboxOptions.DEFAULT_PASSWORD, null);

        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        assertThat(answer.path("message").asText()).contains("dstcode");
        assertThat(answer.path("data").path("TruongLoi").asText()).isEqualTo("dstcode");
    }

    @Test
    void anAgencyTheProvinceDoesNotKnowCannotLogIn() throws Exception {
        JsonNode answer = desk.login(SandboxOptions.DEFAULT_USER, SandboxOptions.DEFAULT_PASSWORD, "H99.99.99");

        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        assertThat(answer.path("data").path("TruongLoi").asText()).isEqualTo("dstcode");
    }

    @Test
    void callsWithoutOrWithAnUnknownSessionAnswer401() throws Exception {
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
        assertThat(desk.call("LayDanhMucCoQuan", object().put("session", "made-up")).path("error_code").asText())
                .isEqualTo("401");
    }

    @Test
    void aSessionExpiresWithTheProvinceClockAndLoggingInAgainHelps() throws Exception {
        desk.login();
        province.admin().advanceClock(Duration.ofMinutes(29));
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("0");

        province.admin().advanceClock(Duration.ofMinutes(1));
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");

        desk.login();
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("0");
    }

    @Test
    void expiringAllSessionsNowLogsEveryDeskOut() throws Exception {
        desk.login();
        DeskLine other = new DeskLine(province);
        other.login();

        assertThat(province.admin().expireSessions()).isEqualTo(2);

        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
        assertThat(other.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
    }

    @Test
    void aSessionServesOnlyItsOwnAgency() throws Exception {
        desk.login();
        JsonNode answer = desk.call("LayDanhMucCoQuan", object().put("madonvi", "000.00.99.H62"));

        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        assertThat(answer.path("data").path("TruongLoi").asText()).isEqualTo("madonvi");
    }
}
