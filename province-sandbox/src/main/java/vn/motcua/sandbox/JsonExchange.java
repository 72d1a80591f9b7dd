package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/** Reading a JSON request body and writing a JSON answer on one HTTP exchange. */
final class JsonExchange {
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private final HttpExchange exchange;
    private final ObjectMapper json;

    JsonExchange(HttpExchange exchange, ObjectMapper json) {
        this.exchange = exchange;
        this.json = json;
    }

    /** The request as JSON, or null after answering 405 / 413 / 422 itself. */
    JsonNode readRequest() throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(new Answer(405, "405", "Chỉ nhận POST", null));
            return null;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            send(new Answer(413, "413", "Yêu cầu quá lớn", null));
            return null;
        }
        try {
            JsonNode request = json.readTree(body);
            if (request != null && request.isObject()) {
                return request;
            }
        } catch (IOException malformed) {
            // answered below
        }
        send(Answer.invalid("body", "Nội dung yêu cầu không phải JSON hợp lệ"));
        return null;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    void send(Answer answer) throws IOException {
        sendBytes(answer.httpStatus(), json.writeValueAsBytes(answer.toJson()));
    }

    /** An HTTP 200 whose body stops halfway: the JSON cannot be parsed. */
    void sendTruncated(Answer answer) throws IOException {
        byte[] whole = json.writeValueAsBytes(answer.toJson());
        sendBytes(200, Arrays.copyOf(whole, whole.length / 2));
    }

    private void sendBytes(int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (status == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Closes the connection without a byte of answer: the JDK server drops it when no headers were sent. */
    void drop() {
        exchange.close();
    }
}
