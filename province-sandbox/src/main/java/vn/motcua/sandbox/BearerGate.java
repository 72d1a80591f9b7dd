package vn.motcua.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * The OAuth gateway in front of {@code /api/}: a call without a valid {@code Authorization: Bearer} token never
 * reaches the province (no service runs, nothing is counted or faulted) and is answered HTTP 401 with
 * {@code WWW-Authenticate: Bearer …} as RFC 6750 §3 has it.
 */
final class BearerGate implements HttpHandler {
    static final String REALM = "province-sandbox";
    private static final String SCHEME = "Bearer ";

    private final HttpHandler province;
    private final TokenTable tokens;
    private final ProvinceTime time;

    BearerGate(HttpHandler province, TokenTable tokens, ProvinceTime time) {
        this.province = province;
        this.tokens = tokens;
        this.time = time;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && tokens.valid(authorization.substring(SCHEME.length()).strip(), time.now())) {
            province.handle(exchange);
            return;
        }
        tokens.callRefused();
        try (exchange) {
            OAuthReply.drain(exchange);
            refuse(exchange, authorization == null);
        }
    }

    /** Without any credentials RFC 6750 names no error; a wrong, revoked or expired token is {@code invalid_token}. */
    private static void refuse(HttpExchange exchange, boolean anonymous) throws IOException {
        String challenge = "Bearer realm=\"" + REALM + "\"";
        if (anonymous) {
            exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
            OAuthReply.send(exchange, 401, OAuthReply.description("An access token is required"));
            return;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate",
                challenge + ", error=\"invalid_token\", error_description=\"The access token is invalid or expired\"");
        OAuthReply.error(exchange, 401, "invalid_token", "The access token is invalid or expired");
    }
}
