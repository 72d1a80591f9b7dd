package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The desk's end of the wire in tests: plain java.net.http POSTs of contract JSON to a sandbox. */
final class DeskLine {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENCY = SandboxOptions.DEFAULT_AGENCY;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI service;
    private final URI admin;
    private Duration timeout = Duration.ofSeconds(10);
    String session;

    DeskLine(ProvinceSandbox province) {
        this.service = province.serviceUri();
        this.admin = province.adminUri();
    }

    DeskLine timeout(Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    JsonNode login() throws IOException, InterruptedException {
        JsonNode answer = login(SandboxOptions.DEFAULT_USER, SandboxOptions.DEFAULT_PASSWORD, AGENCY);
        session = answer.path("data").path("session").asText();
        return answer;
    }

    JsonNode login(String user, String password, String dstcode) throws IOException, InterruptedException {
        ObjectNode body = object().put("service", "DangNhap").put("username", user).put("password", password);
        return parse(post(service, body.toString(), dstcode));
    }

    /** Calls a service with this line's session and the default agency; answers the parsed JSON answer. */
    JsonNode call(String serviceName, ObjectNode fields) throws IOException, InterruptedException {
        return parse(raw(serviceName, fields));
    }

    HttpResponse<String> raw(String serviceName, ObjectNode fields) throws IOException, InterruptedException {
        ObjectNode body = fields.deepCopy().put("service", serviceName);
        if (!body.has("madonvi")) {
            body.put("madonvi", AGENCY);
        }
        if (session != null && !body.has("session")) {
            body.put("session", session);
        }
        return post(service, body.toString(), null);
    }

    JsonNode admin(ObjectNode action) throws IOException, InterruptedException {
        return parse(post(admin, action.toString(), null));
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI uri, String body, String dstcode) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (dstcode != null) {
            request.header("dstcode", dstcode);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode parse(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A valid counter intake, status 2, as the desk would send it. */
    static ObjectNode dossier(String code) {
        ObjectNode dossier = object().put("MaHoSo", code).put("MaTTHC", "9.900001")
                .put("TenTTHC", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc").put("MaLinhVuc", "SBX.VBCC")
                .put("KenhThucHien", 1).put("SoBienNhan", code).put("ChuHoSo", "Nguyễn Thị Hồng Nhung")
                .put("LoaiDoiTuong", 1).put("SoGiayToChuHoSo", "079190001234").put("SoDienThoai", "0912345678")
                .put("TrichYeuHoSo", "Cấp bản sao bằng tốt nghiệp").put("NgayTiepNhan", "20261123080000")
                .put("NgayHenTra", "20261125080000").put("TrangThaiHoSo", 2).put("HinhThuc", 0);
        dossier.putNull("NgayTra");
        dossier.putNull("NgayKetThucXuLy");
        dossier.putArray("TaiLieuNop").addObject().put("TenTepDinhKem", "don.pdf")
                .put("MaThanhPhanHoSo", "SBX.TP.900001.01").put("DuocSoHoa", 1);
        dossier.putArray("DanhSachLePhi").addObject().put("TenPhiLePhi", "Phí cấp bản sao").put("MucPhi", 3000);
        dossier.putArray("DinhDanhCHS").addObject().put("LoaiDinhDanh", 1).put("SoDinhDanh", "079190001234");
        return dossier;
    }

    static ObjectNode syncBody(ObjectNode dossier) {
        ObjectNode body = object();
        body.set("data", dossier);
        return body;
    }
}
