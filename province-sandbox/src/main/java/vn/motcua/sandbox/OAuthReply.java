package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** An answer of the OAuth gateway (RFC 6749 / 6750 JSON, not the contract's envelope) on one HTTP exchange. */
final class OAuthReply {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OAuthReply() {
    }

    static ObjectNode description(String description) {
        return JSON.createObjectNode().put("error_description", description);
    }

    static void error(HttpExchange exchange, int status, String error, String description) throws IOException {
        send(exchange, status, description(description).put("error", error));
    }

    static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Pragma", "no-cache");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Reads the unread request, so the client always gets the answer rather than a reset connection. */
    static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
