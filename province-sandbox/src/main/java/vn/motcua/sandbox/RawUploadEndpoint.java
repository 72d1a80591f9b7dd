package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /raw/{TenTep}}: a whole file as the request body, no JSON, no session, never faulted. Not part of
 * the contract: a baseline for benchmarks (what plain {@code curl --data-binary} achieves on the same line and
 * the same storage), stored like a finished {@code TaiLenTep} upload and answered with its {@code MaTep}.
 */
final class RawUploadEndpoint implements HttpHandler {
    static final String PATH = "/raw/";
    private static final int MAX_FILE_BYTES = 200 * 1024 * 1024;

    private final ObjectMapper json;
    private final UploadStore uploads;

    RawUploadEndpoint(ObjectMapper json, UploadStore uploads) {
        this.json = json;
        this.uploads = uploads;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonExchange call = new JsonExchange(exchange, json);
            if (!"POST".equals(exchange.getRequestMethod())) {
                call.send(new Answer(405, "405", "Chỉ nhận POST", null));
                return;
            }
            byte[] content;
            try (InputStream in = exchange.getRequestBody()) {
                content = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (content.length > MAX_FILE_BYTES) {
                call.send(new Answer(413, "413", "Tệp quá lớn", null));
                return;
            }
            String name = exchange.getRequestURI().getPath().substring(PATH.length());
            try {
                UploadStore.Progress stored = uploads.receiveWhole(name.isEmpty() ? "tep" : name, content);
                call.send(Answer.ok(JsonNodeFactory.instance.objectNode().put("MaTep", stored.fileCode())
                        .put("DaNhan", stored.received()).put("HoanTat", stored.complete())));
            } catch (Refusal refusal) {
                call.send(refusal.answer());
            }
        }
    }
}
