package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code /admin/}: {@link SandboxAdmin} as JSON for scripts, trainers and tests in other processes.
 * {@code POST {"action": …}}; a {@code GET} answers the stats. Never faulted.
 */
final class AdminEndpoint implements HttpHandler {
    private final ObjectMapper json;
    private final SandboxAdmin admin;

    AdminEndpoint(ObjectMapper json, SandboxAdmin admin) {
        this.json = json;
        this.admin = admin;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonExchange call = new JsonExchange(exchange, json);
            if ("GET".equals(exchange.getRequestMethod())) {
                call.send(Answer.ok(json.valueToTree(admin.stats())));
                return;
            }
            JsonNode request = call.readRequest();
            if (request != null) {
                call.send(answer(request));
            }
        }
    }

    private Answer answer(JsonNode request) {
        try {
            return Answer.ok(act(Fields.text(request, "action"), request));
        } catch (Refusal refusal) {
            return refusal.answer();
        } catch (IllegalArgumentException e) {
            return new Answer(400, "400", e.getMessage(), null);
        }
    }

    private JsonNode act(String action, JsonNode request) {
        return switch (action) {
            case "process" -> admin.process(Fields.text(request, "MaHoSo"),
                    (int) Fields.number(request, "TrangThai", 1, 10, "TrangThai"),
                    request.path("NguoiXuLy").asText(SandboxAdmin.PROVINCE_HANDLER),
                    request.path("DonViXuLy").asText("Cơ quan giải quyết (sandbox)"),
                    request.path("NoiDung").asText(""));
            case "dossier" -> admin.dossier(Fields.text(request, "MaHoSo"))
                    .orElseThrow(() -> Refusal.of("404", "Không tìm thấy hồ sơ"));
            case "fault" -> fault(request);
            case "faults" -> pending(admin.faults().add(Fields.text(request, "spec")));
            case "clearFaults" -> {
                admin.faults().clear();
                yield pending(admin.faults());
            }
            case "expireSessions" -> object().put("expired", admin.expireSessions());
            case "revokeTokens" -> object().put("revoked", admin.revokeTokens());
            case "gateway" -> json.valueToTree(admin.gatewayStats());
            case "advanceClock" -> {
                admin.advanceClock(Duration.ofSeconds(Fields.number(request, "seconds", 0, Long.MAX_VALUE, "seconds")));
                yield object();
            }
            case "strict" -> {
                admin.strictCreate(request.path("on").asBoolean(true));
                yield object();
            }
            case "putProcedure" -> {
                admin.putProcedure(request.path("procedure"));
                yield object();
            }
            case "reset" -> {
                admin.reset();
                yield object();
            }
            case "stats" -> json.valueToTree(admin.stats());
            default -> throw new IllegalArgumentException("Unknown admin action: " + action);
        };
    }

    private JsonNode fault(JsonNode request) {
        FaultKind kind = FaultKind.bySpecName(Fields.text(request, "kind"));
        String service = request.path("service").asText(null);
        FaultPlan plan = admin.faults();
        if (request.has("delayMillis")) {
            plan.delay(Duration.ofMillis(Fields.number(request, "delayMillis", 0, 600_000, "delayMillis")));
        }
        if (request.has("rate")) {
            plan.rate(kind, request.path("rate").asDouble(), service);
        } else {
            plan.next(kind, request.has("count") ? (int) Fields.number(request, "count", 1, 1_000_000, "count") : 1,
                    service);
        }
        return pending(plan);
    }

    private JsonNode pending(FaultPlan plan) {
        return object().put("pending", plan.pending());
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
