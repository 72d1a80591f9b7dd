package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthGatewayTest {
    private static final String CLIENT = "motcua-desk";
    private static final String SECRET = "bí-mật s3cret&=+";
    private static final String LOGIN = "{\"service\":\"DangNhap\",\"username\":\"canbo\",\"password\":\"sandbox\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private ProvinceSandbox province;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withOAuth(CLIENT, SECRET, Duration.ofMinutes(5)));
    }

    @AfterEach
    void stop() {
        province.close();
    }

    private HttpResponse<String> token(String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(province.tokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken() throws Exception {
        HttpResponse<String> answer = token("grant_type=client_credentials&client_id=" + CLIENT + "&client_secret="
                + encode(SECRET), null);
        return DeskLine.parse(answer).path("access_token").asText();
    }

    private HttpResponse<String> login(String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(province.serviceUri()).header("dstcode", DeskLine.AGENCY)
                .POST(HttpRequest.BodyPublishers.ofString(LOGIN));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aClientWithTheRightSecretGetsABearerTokenThatOpensTheApi() throws Exception {
        HttpResponse<String> answer = token("grant_type=client_credentials&client_id=" + CLIENT + "&client_secret="
                + encode(SECRET) + "&scope=motcua", null);

        JsonNode body = DeskLine.parse(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(300);
        assertThat(body.path("scope").asText()).isEqualTo("motcua");
        HttpResponse<String> login = login(body.path("access_token").asText());
        assertThat(DeskLine.parse(login).path("error_code").asText()).isEqualTo("0");
        assertThat(province.admin().gatewayStats()).isEqualTo(new SandboxAdmin.GatewayStats(1, 0, 0));
    }

    @Test
    void httpBasicClientAuthenticationWorksToo() throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + encode(SECRET))
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = token("grant_type=client_credentials", "Basic " + basic);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(login(DeskLine.parse(answer).path("access_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCredentialsAndGrantsAreRefusedAsRfc6749Says() throws Exception {
        HttpResponse<String> wrong = token("grant_type=client_credentials&client_id=" + CLIENT
                + "&client_secret=wrong", null);
        HttpResponse<String> password = token("grant_type=password&client_id=" + CLIENT, null);
        HttpResponse<String> twice = token("grant_type=client_credentials&client_id=" + CLIENT
                + "&client_id=" + CLIENT, null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(DeskLine.parse(wrong).path("error").asText()).isEqualTo("invalid_client");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic"));
        assertThat(wrong.body()).doesNotContain("wrong").doesNotContain(SECRET);
        assertThat(DeskLine.parse(password).path("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(DeskLine.parse(twice).path("error").asText()).isEqualTo("invalid_request");
        assertThat(province.admin().gatewayStats().clientsRefused()).isEqualTo(1);
    }

    @Test
    void theApiAnswers401WithABearerChallengeWithoutAValidToken() throws Exception {
        HttpResponse<String> none = login(null);
        HttpResponse<String> forged = login("forged");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"province-sandbox\"");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer ").contains("error=\"invalid_token\""));
        assertThat(DeskLine.parse(forged).has("error_code")).as("not the contract's envelope").isFalse();
        assertThat(province.admin().stats().requests("DangNhap")).as("never reached the province").isZero();
        assertThat(province.admin().gatewayStats().callsRefused()).isEqualTo(2);
    }

    @Test
    void tokensExpireOnTheProvinceClock() throws Exception {
        String bearer = accessToken();
        province.admin().advanceClock(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(login(bearer).statusCode()).isEqualTo(200);

        province.admin().advanceClock(Duration.ofSeconds(1));

        assertThat(login(bearer).statusCode()).isEqualTo(401);
        assertThat(login(accessToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void revokingTokensThroughTheAdminApiShutsEveryDeskOut() throws Exception {
        String bearer = accessToken();
        DeskLine admin = new DeskLine(province);

        JsonNode revoked = admin.admin(object().put("action", "revokeTokens"));

        assertThat(revoked.path("data").path("revoked").asInt()).isEqualTo(1);
        assertThat(login(bearer).statusCode()).isEqualTo(401);
        JsonNode gateway = admin.admin(object().put("action", "gateway")).path("data");
        assertThat(gateway.path("tokensIssued").asInt()).isEqualTo(1);
        assertThat(gateway.path("callsRefused").asInt()).isEqualTo(1);
    }

    @Test
    void withoutTheGatewayThereIsNoTokenEndpointAndTheApiIsOpen() throws Exception {
        try (ProvinceSandbox open = ProvinceSandbox.start()) {
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(open.tokenUri())
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(404);
            assertThat(new DeskLine(open).login().path("error_code").asText()).isEqualTo("0");
        }
    }

    @Test
    void theSecretNeverShowsInTheOptions() {
        assertThat(province.options().toString()).contains(CLIENT).doesNotContain(SECRET);
        assertThat(URI.create(province.tokenUri().toString()).getPath()).isEqualTo("/oauth/token");
    }
}
