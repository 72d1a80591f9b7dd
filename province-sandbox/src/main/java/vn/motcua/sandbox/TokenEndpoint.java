package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.sandbox.SandboxOptions.OAuthClient;

/**
 * {@code POST /oauth/token}: the gateway's token endpoint, client-credentials grant only (RFC 6749 §4.4). The
 * client authenticates in the form ({@code client_id}, {@code client_secret}) or with HTTP Basic, never both.
 * Never faulted; neither the secret nor a token is ever logged.
 */
final class TokenEndpoint implements HttpHandler {
    static final String PATH = "/oauth/token";
    private static final int MAX_FORM_BYTES = 64 * 1024;

    private record Credentials(String clientId, String clientSecret) {
    }

    private final OAuthClient client;
    private final TokenTable tokens;
    private final ProvinceTime time;

    TokenEndpoint(OAuthClient client, TokenTable tokens, ProvinceTime time) {
        this.client = client;
        this.tokens = tokens;
        this.time = time;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                OAuthReply.error(exchange, 405, "invalid_request", "POST only");
                return;
            }
            Map<String, String> form = form(body(exchange));
            if (form == null) {
                OAuthReply.error(exchange, 400, "invalid_request", "A form body, each parameter once");
                return;
            }
            answer(exchange, form);
        }
    }

    private void answer(HttpExchange exchange, Map<String, String> form) throws IOException {
        String grant = form.get("grant_type");
        Optional<Credentials> basic = basic(exchange.getRequestHeaders().getFirst("Authorization"));
        if (grant == null || basic.isPresent() && form.containsKey("client_secret")) {
            OAuthReply.error(exchange, 400, "invalid_request", "grant_type and one client authentication method");
        } else if (!"client_credentials".equals(grant)) {
            OAuthReply.error(exchange, 400, "unsupported_grant_type", "Only client_credentials");
        } else if (!known(basic.orElseGet(() -> new Credentials(form.get("client_id"), form.get("client_secret"))))) {
            tokens.clientRefused();
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + BearerGate.REALM + "\"");
            OAuthReply.error(exchange, 401, "invalid_client", "Client authentication failed");
        } else {
            OAuthReply.send(exchange, 200, issue(form.get("scope")));
        }
    }

    private ObjectNode issue(String scope) {
        TokenTable.Token token = tokens.issue(time.now(), client.tokenLifetime());
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("access_token", token.value())
                .put("token_type", "Bearer").put("expires_in", client.tokenLifetime().toSeconds());
        return scope == null || scope.isBlank() ? body : body.put("scope", scope);
    }

    /** Compares in constant time, so the sandbox does not teach timing attacks. */
    private boolean known(Credentials credentials) {
        return equal(client.clientId(), credentials.clientId())
                & equal(client.clientSecret(), credentials.clientSecret());
    }

    private static boolean equal(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 6749 §2.3.1: Base64 of {@code urlencoded(id):urlencoded(secret)}; empty when absent or not Basic. */
    private static Optional<Credentials> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return Optional.of(colon < 0 ? new Credentials(null, null)
                    : new Credentials(decode(pair.substring(0, colon)), decode(pair.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Credentials(null, null)); // malformed: fails as a wrong client
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(MAX_FORM_BYTES + 1);
        }
    }

    /** The form's parameters, or null when the body is too large, badly encoded or names a parameter twice. */
    private static Map<String, String> form(byte[] body) {
        Map<String, String> form = new HashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            for (String pair : text.isEmpty() ? new String[0] : text.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (form.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1))) != null) {
                    return null;
                }
            }
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return body.length > MAX_FORM_BYTES ? null : form;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
