package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /api/}: the contract's single endpoint, with the fault plan standing between wire and services. */
final class ApiEndpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiEndpoint.class);

    private final ObjectMapper json;
    private final ProvinceServices services;
    private final FaultPlan faults;
    private final SandboxStats stats;

    ApiEndpoint(ObjectMapper json, ProvinceServices services, FaultPlan faults, SandboxStats stats) {
        this.json = json;
        this.services = services;
        this.faults = faults;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonExchange call = new JsonExchange(exchange, json);
            JsonNode request = call.readRequest();
            if (request != null) {
                String service = request.path("service").asText("");
                stats.request(service);
                Optional<FaultKind> fault = faults.draw(service);
                fault.ifPresent(kind -> stats.fault(kind));
                fault.ifPresent(kind -> LOG.info("Fault {} on {}", kind.specName(), service));
                answer(call, request, fault.orElse(null));
            }
        } catch (RuntimeException e) {
            LOG.error("Sandbox failure answering a call", e);
            throw e;
        }
    }

    private void answer(JsonExchange call, JsonNode request, FaultKind fault) throws IOException {
        if (fault == null) {
            call.send(process(call, request));
            return;
        }
        switch (fault) {
            case HTTP_500 -> call.send(Answer.unavailable(500));
            case HTTP_503 -> call.send(Answer.unavailable(503));
            case SLOW -> {
                pause();
                call.send(process(call, request));
            }
            case DROP_BEFORE -> call.drop();
            case DROP_AFTER -> {
                process(call, request);
                call.drop();
            }
            case DROP_MID_UPLOAD -> {
                services.receiveHalfOfChunk(request);
                call.drop();
            }
            case DUPLICATE -> {
                process(call, request);
                call.send(process(call, request));
            }
            case EXPIRED_SESSION -> {
                services.expireSession(request);
                call.send(Refusal.session().answer());
            }
            case MALFORMED_JSON -> call.sendTruncated(process(call, request));
        }
    }

    private Answer process(JsonExchange call, JsonNode request) {
        return services.handle(request, call.header("dstcode"));
    }

    private void pause() {
        try {
            Thread.sleep(faults.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
