package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a trainer or a test does to the province behind the desk's back: process dossiers, break the line,
 * move time, read counters. The same actions are served as JSON at {@code /admin/} (see docs/provincial-api.md).
 */
public final class SandboxAdmin {
    /** Counters since start or the last {@link #reset()}; maps are keyed by service, dossier code or fault name. */
    public record Stats(Map<String, Integer> requests, Map<String, Integer> creates, Map<String, Integer> updates,
            Map<String, Integer> conflicts, Map<String, Integer> faults, int dossiers) {
        public int requests(String service) {
            return requests.getOrDefault(service, 0);
        }

        public int creates(String dossierCode) {
            return creates.getOrDefault(dossierCode, 0);
        }

        public int updates(String dossierCode) {
            return updates.getOrDefault(dossierCode, 0);
        }

        public int conflicts(String dossierCode) {
            return conflicts.getOrDefault(dossierCode, 0);
        }

        public int faults(FaultKind kind) {
            return faults.getOrDefault(kind.specName(), 0);
        }
    }

    /**
     * What the OAuth gateway counted since start or the last {@link #reset()}.
     *
     * @param tokensIssued   tokens answered by {@code /oauth/token}
     * @param clientsRefused token requests refused for a wrong client id or secret
     * @param callsRefused   {@code /api/} calls refused for a missing, wrong, revoked or expired token
     */
    public record GatewayStats(int tokensIssued, int clientsRefused, int callsRefused) {
    }

    static final String PROVINCE_HANDLER = "Chuyên viên (sandbox)";

    private final ObjectMapper json;
    private final ProvinceTime time;
    private final ProvinceState state;
    private final UploadStore uploads;
    private final SessionTable sessions;
    private final ProvinceServices services;
    private final FaultPlan faults;
    private final SandboxStats stats;
    private final TokenTable tokens;

    SandboxAdmin(ObjectMapper json, ProvinceTime time, ProvinceState state, UploadStore uploads,
            SessionTable sessions, ProvinceServices services, FaultPlan faults, SandboxStats stats,
            TokenTable tokens) {
        this.json = json;
        this.time = time;
        this.state = state;
        this.uploads = uploads;
        this.sessions = sessions;
        this.services = services;
        this.faults = faults;
        this.stats = stats;
        this.tokens = tokens;
    }

    public FaultPlan faults() {
        return faults;
    }

    /** The province moves a dossier to {@code status} and records the step, stamped now. */
    public JsonNode process(String dossierCode, int status, String content) {
        return process(dossierCode, status, PROVINCE_HANDLER, "Cơ quan giải quyết (sandbox)", content);
    }

    public JsonNode process(String dossierCode, int status, String handler, String unit, String content) {
        if (status < 1 || status > 10) {
            throw new IllegalArgumentException("A status is a national code from 1 to 10: " + status);
        }
        if (state.dossier(dossierCode).isEmpty()) {
            throw new IllegalArgumentException("No dossier " + dossierCode);
        }
        ObjectNode step = JsonNodeFactory.instance.objectNode().put("ThoiDiem", time.stamp()).put("TrangThai", status)
                .put("NguoiXuLy", handler).put("DonViXuLy", unit).put("NoiDung", content);
        state.addSteps(dossierCode, List.of(step), time.stamp());
        return dossier(dossierCode).orElseThrow();
    }

    /** The dossier as {@code TraCuuHoSo} would answer it, without a session. */
    public Optional<JsonNode> dossier(String dossierCode) {
        return state.dossier(dossierCode).map(ProvinceServices::view);
    }

    /** The bytes the province stored for a finished upload ({@code MaTep}); empty for an unknown or unfinished one. */
    public Optional<byte[]> file(String fileCode) {
        return uploads.content(fileCode);
    }

    /** Adds or replaces a procedure; it shows up after every earlier {@code LayDanhSachTTHC} cursor. */
    public void putProcedure(JsonNode procedure) {
        if (!procedure.isObject() || !Fields.present(procedure, "MaTTHC")) {
            throw new IllegalArgumentException("A procedure is a JSON object with MaTTHC");
        }
        state.putProcedures(List.of((ObjectNode) procedure), time.stamp());
    }

    /** Every open session dies now; the next call of each desk answers 401. Answers how many died. */
    public int expireSessions() {
        return sessions.expireAll();
    }

    /** The OAuth gateway revokes every token it issued; the next call of each desk answers HTTP 401. Answers how many. */
    public int revokeTokens() {
        return tokens.revokeAll();
    }

    /** The OAuth gateway's counters (all zero when the sandbox runs without one). */
    public GatewayStats gatewayStats() {
        return tokens.stats();
    }

    /** Moves the province's clock forward: session expiry, step times and cursors follow it. */
    public void advanceClock(Duration by) {
        time.advance(by);
    }

    public void strictCreate(boolean strict) {
        services.strictCreate(strict);
    }

    /** Back to a fresh province: no dossiers, files, sessions, tokens, faults or counters; the seed catalogue again. */
    public void reset() {
        faults.clear();
        sessions.expireAll();
        tokens.clear();
        state.clear();
        uploads.clear();
        stats.clear();
        seedCatalogue();
    }

    void seedCatalogue() {
        state.putProcedures(SeedCatalogue.procedures(json), time.stamp());
    }

    public Stats stats() {
        return stats.view(state.dossierCount());
    }
}
