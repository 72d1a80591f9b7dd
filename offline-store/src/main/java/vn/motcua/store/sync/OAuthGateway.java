package vn.motcua.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.sync.ProvinceUnavailableException;

/**
 * The optional OAuth2 client-credentials gateway in front of the province (docs/provincial-api.md, Transport):
 * gets a bearer token before the first call and keeps it until shortly before its {@code expires_in}. The secret
 * and the token never reach a log or an exception message.
 */
final class OAuthGateway {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthGateway.class);
    /** Renew this long before the token expires, at most a tenth of its lifetime. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

    private final SyncSettings.OAuth settings;
    private final Duration timeout;
    private final Clock clock;
    private final Function<HttpRequest, HttpResponse<byte[]>> transport;
    private final ObjectMapper json = new ObjectMapper();
    private String token;
    private Instant renewAt = Instant.MIN;

    /** @param transport sends a request, turning I/O failures into {@link ProvinceUnavailableException} */
    OAuthGateway(SyncSettings.OAuth settings, Duration timeout, Clock clock,
            Function<HttpRequest, HttpResponse<byte[]>> transport) {
        this.settings = settings;
        this.timeout = timeout;
        this.clock = clock;
        this.transport = transport;
    }

    /**
     * Whether the answer is the gateway refusing the token (HTTP 401 with a {@code Bearer} challenge, RFC 6750), as
     * opposed to the contract's session {@code error_code "401"}, which travels in an HTTP 200.
     */
    static boolean refusedToken(HttpResponse<?> response) {
        return response.statusCode() == 401 && response.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(challenge -> challenge.regionMatches(true, 0, "Bearer", 0, 6));
    }

    /** The current token, getting a new one first when there is none or it is about to expire. */
    synchronized String bearer() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            renew();
        }
        return token;
    }

    /** Drops the token the gateway refused, so {@link #bearer()} gets a new one. */
    synchronized void forget() {
        token = null;
    }

    private void renew() {
        token = null;
        Instant asked = clock.instant();
        HttpResponse<byte[]> response = transport.apply(request());
        JsonNode answer = read(response);
        String value = answer.path("access_token").asText("");
        if (response.statusCode() != 200 || value.isEmpty()) {
            throw refusal(response, answer);
        }
        token = value;
        renewAt = renewAt(asked, answer.path("expires_in").asLong(0));
        LOG.debug("Got an OAuth token from the gateway, renewed at {}", renewAt);
    }

    /** Without {@code expires_in} the token is kept until the gateway refuses it. */
    private static Instant renewAt(Instant asked, long expiresInSeconds) {
        if (expiresInSeconds <= 0) {
            return Instant.MAX;
        }
        Duration lifetime = Duration.ofSeconds(expiresInSeconds);
        Duration margin = lifetime.dividedBy(10).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(10) : RENEW_BEFORE;
        return asked.plus(lifetime).minus(margin);
    }

    private HttpRequest request() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        if (!settings.scope().isEmpty()) {
            form.put("scope", settings.scope());
        }
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(settings.tokenUrl()).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private JsonNode read(HttpResponse<byte[]> response) {
        try {
            JsonNode node = json.readTree(response.body());
            return node == null ? json.missingNode() : node;
        } catch (IOException e) {
            return json.missingNode(); // a proxy's error page: judged by the status below
        }
    }

    /**
     * A 5xx is "try later"; anything else is a setting to fix. Either way the outbox stays queued. Only the
     * status and the RFC 6749 error code are quoted: the gateway's description might echo what was sent.
     */
    private static ProvinceUnavailableException refusal(HttpResponse<byte[]> response, JsonNode answer) {
        String error = answer.path("error").asText("").replaceAll("[^A-Za-z0-9_.-]", "");
        String status = "HTTP " + response.statusCode() + (error.isEmpty() ? "" : " " + error);
        if (response.statusCode() >= 500) {
            return new ProvinceUnavailableException("OAuth token: " + status);
        }
        return new ProvinceUnavailableException("Cổng OAuth của tỉnh từ chối cấp token cho ứng dụng "
                + "(kiểm tra sync.oauth.clientId / sync.oauth.clientSecret): " + status);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
