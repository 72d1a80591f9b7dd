package vn.motcua.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.sandbox.ProvinceState.Page;
import vn.motcua.sandbox.ProvinceState.StoredDossier;
import vn.motcua.sandbox.SessionTable.Session;

/** The services of the contract (docs/provincial-api.md), one method each. Logs codes, never personal data. */
final class ProvinceServices {
    static final String LOGIN = "DangNhap";
    static final String SYNC = "DongBoHoSoMC";
    static final String PROGRESS = "CapNhatTienDoHoSoMC";
    static final String LOOKUP = "TraCuuHoSo";
    static final String CHANGED = "LayDanhSachHoSoThayDoi";
    static final String CATALOGUE = "LayDanhSachTTHC";
    static final String PROCEDURE = "LayThuTuc";
    static final String AGENCIES = "LayDanhMucCoQuan";
    static final String UPLOAD = "TaiLenTep";
    static final String CODE_BLOCK = "CapKhoiSoHoSo";
    static final Set<String> ALL =
            Set.of(LOGIN, SYNC, PROGRESS, LOOKUP, CHANGED, CATALOGUE, PROCEDURE, AGENCIES, UPLOAD, CODE_BLOCK);
    /** The daily sequence numbers the sandbox hands out in blocks; counters' configured blocks stay below. */
    static final int FIRST_RESERVED = 5000;
    static final int LAST_RESERVED = 9999;
    private static final int MAX_BLOCK = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceServices.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private final SandboxOptions options;
    private final ProvinceTime time;
    private final SessionTable sessions;
    private final ProvinceState state;
    private final UploadStore uploads;
    private final SandboxStats stats;
    private volatile boolean strictCreate;

    ProvinceServices(SandboxOptions options, ProvinceTime time, SessionTable sessions, ProvinceState state,
            UploadStore uploads, SandboxStats stats) {
        this.options = options;
        this.time = time;
        this.sessions = sessions;
        this.state = state;
        this.uploads = uploads;
        this.stats = stats;
        this.strictCreate = options.strictCreate();
    }

    void strictCreate(boolean strict) {
        strictCreate = strict;
    }

    Answer handle(JsonNode request, String dstcode) {
        try {
            String service = Fields.text(request, "service");
            if (!ALL.contains(service)) {
                throw Refusal.invalid("service", "Dịch vụ không được hỗ trợ: " + service);
            }
            return service.equals(LOGIN) ? login(request, dstcode) : serve(service, request, session(request));
        } catch (Refusal refusal) {
            return refusal.answer();
        }
    }

    private Answer serve(String service, JsonNode request, Session session) {
        return switch (service) {
            case SYNC -> sync(request, session);
            case PROGRESS -> progress(request, session);
            case LOOKUP -> Answer.ok(view(ownDossier(request, session)));
            case CHANGED -> changed(request, session);
            case CATALOGUE -> catalogue(request);
            case PROCEDURE -> procedure(request);
            case AGENCIES -> agencies();
            case CODE_BLOCK -> codeBlock(request, session);
            default -> upload(request);
        };
    }

    private Answer login(JsonNode request, String dstcode) {
        if (dstcode == null || dstcode.isBlank()) {
            throw Refusal.missing("dstcode");
        }
        if (!options.agencies().containsKey(dstcode)) {
            throw Refusal.invalid("dstcode", "Mã đơn vị không được phép kết nối: " + dstcode);
        }
        String user = Fields.text(request, "username");
        String password = Fields.text(request, "password");
        String expected = options.users().get(user);
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(UTF_8), password.getBytes(UTF_8))) {
            throw Refusal.of("401", "Sai tên đăng nhập hoặc mật khẩu");
        }
        Session session = sessions.open(user, dstcode, time.now(), options.sessionLifetime());
        return Answer.ok(object().put("session", session.token())
                .put("expires", ProvinceTime.format(session.expires())));
    }

    private Session session(JsonNode request) {
        Session session = sessions.valid(request.path("session").asText(null), time.now())
                .orElseThrow(Refusal::session);
        if (!session.agency().equals(Fields.text(request, "madonvi"))) {
            throw Refusal.invalid("madonvi", "madonvi khác với đơn vị của phiên đăng nhập");
        }
        return session;
    }

    private Answer sync(JsonNode request, Session session) {
        JsonNode data = request.path("data");
        if (!data.isObject()) {
            throw Refusal.missing("data");
        }
        DossierRules.check(data);
        String code = data.path("MaHoSo").asText();
        boolean update = request.path("CapNhat").asBoolean(false) || data.path("CapNhat").asBoolean(false);
        boolean created;
        try {
            created = state.putDossier(session.agency(), (ObjectNode) data, update || !strictCreate, time.stamp());
        } catch (Refusal conflict) {
            stats.conflict(code);
            throw conflict;
        }
        if (created) {
            stats.created(code);
        } else {
            stats.updated(code);
        }
        LOG.info("{} {} {}", SYNC, code, created ? "created" : "updated");
        return Answer.ok(object().put("MaHoSo", code).put("created", created));
    }

    private Answer progress(JsonNode request, Session session) {
        String code = ownDossier(request, session).data().path("MaHoSo").asText();
        JsonNode steps = request.path("TienDo");
        if (!steps.isArray()) {
            throw Refusal.missing("TienDo");
        }
        List<ObjectNode> valid = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            valid.add(checkedStep(steps.get(i), "TienDo[" + i + "]"));
        }
        int added = state.addSteps(code, valid, time.stamp());
        LOG.info("{} {} {} new step(s)", PROGRESS, code, added);
        return Answer.ok(object().put("accepted", valid.size()));
    }

    private static ObjectNode checkedStep(JsonNode step, String at) {
        if (!step.isObject()) {
            throw Refusal.invalid(at, at + " phải là một đối tượng");
        }
        Fields.stamp(step, "ThoiDiem", at + ".ThoiDiem");
        Fields.number(step, "TrangThai", 1, 10, at + ".TrangThai");
        return (ObjectNode) step;
    }

    private StoredDossier ownDossier(JsonNode request, Session session) {
        String code = Fields.text(request, "MaHoSo");
        return state.dossier(code)
                .filter(dossier -> dossier.agency().equals(session.agency()))
                .orElseThrow(() -> Refusal.of("404", "Không tìm thấy hồ sơ " + code));
    }

    static ObjectNode view(StoredDossier dossier) {
        ObjectNode view = dossier.data().deepCopy();
        ArrayNode steps = view.putArray("TienDo");
        dossier.steps().forEach(steps::add);
        return view;
    }

    private Answer changed(JsonNode request, Session session) {
        Cursor after = Cursor.parse(request.path("TuThoiDiem").asText(null), "TuThoiDiem");
        Page<StoredDossier> page = state.dossiersChanged(session.agency(), after, options.pageSize(), time.stamp());
        return Answer.ok(pageJson(page.items().stream().map(ProvinceServices::view).toList(), page));
    }

    private Answer catalogue(JsonNode request) {
        Cursor after = Cursor.parse(request.path("TuThoiDiem").asText(null), "TuThoiDiem");
        Page<ProvinceState.StoredProcedure> page = state.proceduresChanged(after, options.pageSize(), time.stamp());
        return Answer.ok(pageJson(page.items().stream().map(p -> p.data().deepCopy()).toList(), page));
    }

    private static ObjectNode pageJson(List<ObjectNode> items, Page<?> page) {
        ObjectNode data = object();
        data.putArray("items").addAll(items);
        return data.put("cursor", page.cursor()).put("ConTiep", page.more());
    }

    private Answer procedure(JsonNode request) {
        String code = Fields.text(request, "MaTTHC");
        return Answer.ok(state.procedure(code)
                .map(p -> p.data().deepCopy())
                .orElseThrow(() -> Refusal.of("404", "Không tìm thấy thủ tục " + code)));
    }

    private Answer agencies() {
        ObjectNode data = object();
        ArrayNode items = data.putArray("items");
        options.agencies().forEach((code, name) -> items.addObject().put("MaCoQuan", code).put("TenCoQuan", name));
        return Answer.ok(data);
    }

    private Answer codeBlock(JsonNode request, Session session) {
        String day = Fields.text(request, "NgayHoSo");
        if (ProvinceTime.parse(day + "000000").isEmpty()) {
            throw Refusal.invalid("NgayHoSo", "NgayHoSo phải có dạng yyyyMMdd");
        }
        int count = (int) Fields.number(request, "SoLuong", 1, MAX_BLOCK, "SoLuong");
        ProvinceState.ReservedBlock block =
                state.reserveBlock(session.agency(), day, count, FIRST_RESERVED, LAST_RESERVED);
        LOG.info("{} {} {} {}..{}", CODE_BLOCK, session.agency(), day, block.first(), block.last());
        return Answer.ok(object().put("TuSo", block.first()).put("DenSo", block.last()));
    }

    private Answer upload(JsonNode request) {
        UploadStore.Progress progress = uploads.receive(chunk(request));
        return Answer.ok(object().put("MaTep", progress.fileCode()).put("DaNhan", progress.received())
                .put("HoanTat", progress.complete()));
    }

    /** What a province streaming the body to disk keeps when the connection drops halfway through a chunk. */
    void receiveHalfOfChunk(JsonNode request) {
        try {
            session(request);
            uploads.receive(chunk(request).firstHalf());
        } catch (Refusal ignored) {
            // The desk never hears about it: the connection is dropped either way.
        }
    }

    private static UploadStore.Chunk chunk(JsonNode request) {
        String name = Fields.text(request, "TenTep");
        long size = Fields.number(request, "KichThuoc", 0, MAX_FILE_BYTES, "KichThuoc");
        String sha256 = Fields.text(request, "SHA256").toLowerCase();
        if (!SHA256.matcher(sha256).matches()) {
            throw Refusal.invalid("SHA256", "SHA256 phải gồm 64 chữ số hệ 16");
        }
        long offset = Fields.number(request, "ViTri", 0, size, "ViTri");
        JsonNode content = request.path("NoiDung");
        if (!content.isTextual()) {
            throw Refusal.missing("NoiDung");
        }
        try {
            return new UploadStore.Chunk(name, size, sha256, offset, Base64.getDecoder().decode(content.asText()));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("NoiDung", "NoiDung không phải base64 hợp lệ");
        }
    }

    void expireSession(JsonNode request) {
        sessions.expire(request.path("session").asText(null));
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
