package vn.motcua.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.sync.ProvinceUnavailableException;

/**
 * The session-style transport of docs/provincial-api.md: one JSON POST endpoint, a login session carried in every
 * body, and the optional OAuth2 client-credentials gateway in front. Turns every "try later" (timeouts, dropped
 * connections, HTTP or error_code 429/5xx, a garbled answer) into {@link ProvinceUnavailableException}, and hides
 * one expired session (error_code 401: log in again) or one token refused by the gateway (HTTP 401 with a Bearer
 * challenge: new token, see {@link OAuthGateway}) by repeating the call once. The password, the OAuth secret, the
 * session and the token never reach a log or an exception message.
 */
final class ProvinceConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceConnection.class);
    private static final Set<String> TRANSIENT_CODES = Set.of("429", "500", "502", "503", "504");

    private final SyncSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Optional<OAuthGateway> gateway;
    private volatile String session;

    ProvinceConnection(SyncSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.gateway = settings.oauth().map(oauth -> new OAuthGateway(oauth, settings.requestTimeout(), clock,
                request -> send("OAuth token", request)));
    }

    static HttpClient httpClient(SyncSettings settings) {
        return HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Calls a service with the session; a {@code 401} answer (session expired or unknown) logs in again and
     * repeats the call once.
     */
    synchronized ProvinceAnswer call(String service, ObjectNode fields) {
        String current = session == null ? login() : session;
        ProvinceAnswer answer = send(service, fields, current);
        if (answer.is(ProvinceAnswer.SESSION_EXPIRED)) {
            LOG.info("Province session expired; logging in again for {}", service);
            session = null;
            answer = send(service, fields, login());
        }
        return answer;
    }

    /**
     * Logs in afresh and returns the province's answer as it is, for the settings screen's connection test; the
     * session it opens is kept. A refusal is an answer, not an exception.
     *
     * @throws ProvinceUnavailableException when the province cannot be reached or answers garbage
     */
    synchronized ProvinceAnswer signInAnswer() {
        session = null;
        ObjectNode body = json.createObjectNode().put("service", "DangNhap").put("username", settings.username())
                .put("password", settings.password());
        ProvinceAnswer answer = post("DangNhap", body);
        String token = answer.data().path("session").asText("");
        if (answer.is(ProvinceAnswer.SUCCESS) && !token.isEmpty()) {
            session = token;
        }
        return answer;
    }

    /** Forgets the session, as after a restart of the desk. */
    synchronized void forgetSession() {
        session = null;
    }

    private ProvinceAnswer send(String service, ObjectNode fields, String sessionToken) {
        ObjectNode body = fields.deepCopy();
        body.put("service", service).put("session", sessionToken).put("madonvi", settings.agency().value());
        return post(service, body);
    }

    private String login() {
        ObjectNode body = json.createObjectNode().put("service", "DangNhap").put("username", settings.username())
                .put("password", settings.password());
        ProvinceAnswer answer = post("DangNhap", body);
        String token = answer.data().path("session").asText("");
        if (!answer.is(ProvinceAnswer.SUCCESS) || token.isEmpty()) {
            // Wrong credentials are a setting to fix, not a dossier to reject: keep everything queued.
            throw new ProvinceUnavailableException("Đăng nhập hệ thống một cửa tỉnh bị từ chối: "
                    + answer.errorCode() + " " + answer.message());
        }
        session = token;
        return token;
    }

    private ProvinceAnswer post(String service, ObjectNode body) {
        HttpResponse<byte[]> response = exchange(service, body);
        if (OAuthGateway.refusedToken(response)) {
            response = againWithNewToken(service, body);
        }
        String status = Integer.toString(response.statusCode());
        if (TRANSIENT_CODES.contains(status)) {
            throw new ProvinceUnavailableException(service + ": HTTP " + status);
        }
        ProvinceAnswer answer = parse(service, response);
        if (TRANSIENT_CODES.contains(answer.errorCode())) {
            throw new ProvinceUnavailableException(service + ": " + answer.errorCode() + " " + answer.message());
        }
        return answer;
    }

    /**
     * The gateway refused the token (revoked, expired early, or the gateway restarted): the province never saw the
     * call, so it is repeated once with a new token.
     */
    private HttpResponse<byte[]> againWithNewToken(String service, ObjectNode body) {
        OAuthGateway oauth = gateway.orElseThrow(() -> new ProvinceUnavailableException(service
                + ": the province's gateway asks for an OAuth token (HTTP 401); set sync.oauth.*"));
        LOG.info("The OAuth gateway refused the token for {}; getting a new one", service);
        oauth.forget();
        HttpResponse<byte[]> response = exchange(service, body);
        if (OAuthGateway.refusedToken(response)) {
            throw new ProvinceUnavailableException(service + ": the OAuth gateway refused a new token (HTTP 401)");
        }
        return response;
    }

    private ProvinceAnswer parse(String service, HttpResponse<byte[]> response) {
        try {
            JsonNode node = json.readTree(response.body());
            if (node == null || !node.has("error_code")) {
                throw new ProvinceUnavailableException(service + ": HTTP " + response.statusCode()
                        + " without a province answer");
            }
            return ProvinceAnswer.of(node);
        } catch (IOException e) {
            // A proxy's error page or a cut-off body: the call may or may not have been processed.
            throw new ProvinceUnavailableException(service + ": unreadable answer (HTTP " + response.statusCode() + ")");
        }
    }

    private HttpResponse<byte[]> exchange(String service, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.serviceUrl())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("dstcode", settings.agency().value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        gateway.ifPresent(oauth -> request.header("Authorization", "Bearer " + oauth.bearer()));
        return send(service, request.build());
    }

    private HttpResponse<byte[]> send(String what, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // Timeouts, refused and reset connections: the call may or may not have been processed.
            throw new ProvinceUnavailableException(what + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvinceUnavailableException(what + ": interrupted", e);
        }
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON body", e);
        }
    }
}
