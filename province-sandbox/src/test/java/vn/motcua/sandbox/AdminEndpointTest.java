package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.dossier;
import static vn.motcua.sandbox.DeskLine.object;
import static vn.motcua.sandbox.DeskLine.syncBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API over HTTP, as a trainer's script or a test in another process uses it. */
class AdminEndpointTest {
    private static final String CODE = "000.00.12.H62-261123-0001";
    private ProvinceSandbox province;
    private DeskLine desk;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start();
        desk = new DeskLine(province);
        desk.login();
        desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void processingADossierAddsAStepTheDeskSees() throws Exception {
        JsonNode answer = desk.admin(object().put("action", "process").put("MaHoSo", CODE).put("TrangThai", 5)
                .put("NoiDung", "Bổ sung bản sao giấy khai sinh"));

        assertThat(answer.path("data").path("TrangThaiHoSo").asInt()).isEqualTo(5);
        JsonNode found = desk.call("TraCuuHoSo", object().put("MaHoSo", CODE)).path("data");
        assertThat(found.path("TienDo").get(0).path("NoiDung").asText()).isEqualTo("Bổ sung bản sao giấy khai sinh");
    }

    @Test
    void statsCountCreatesAndUpdatesPerDossierCode() throws Exception {
        desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));

        JsonNode stats = desk.admin(object().put("action", "stats")).path("data");
        JsonNode viaGet = DeskLine.parse(desk.get(province.adminUri())).path("data");

        assertThat(stats.path("creates").path(CODE).asInt()).isEqualTo(1);
        assertThat(stats.path("updates").path(CODE).asInt()).isEqualTo(1);
        assertThat(stats.path("requests").path("DangNhap").asInt()).isEqualTo(1);
        assertThat(viaGet).isEqualTo(stats);
    }

    @Test
    void strictModeSessionsClockAndResetAreSwitchedOverHttp() throws Exception {
        desk.admin(object().put("action", "strict").put("on", true));
        assertThat(desk.call("DongBoHoSoMC", syncBody(dossier(CODE))).path("error_code").asText()).isEqualTo("409");

        assertThat(desk.admin(object().put("action", "expireSessions")).path("data").path("expired").asInt())
                .isEqualTo(1);
        desk.login();
        desk.admin(object().put("action", "advanceClock").put("seconds", 9 * 3600));
        assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");

        desk.admin(object().put("action", "reset"));
        assertThat(desk.admin(object().put("action", "dossier").put("MaHoSo", CODE)).path("error_code").asText())
                .isEqualTo("404");
    }

    @Test
    void faultSpecsAndProceduresGoThroughTheAdminApi() throws Exception {
        JsonNode pending = desk.admin(object().put("action", "faults").put("spec", "http503:2,slow~0.1"));
        ObjectNode procedure = object().put("MaTTHC", "9.900099").put("TenTTHC", "Thủ tục mới của tỉnh");
        ObjectNode put = object().put("action", "putProcedure");
        put.set("procedure", procedure);
        desk.admin(put);
        desk.admin(object().put("action", "clearFaults"));

        assertThat(pending.path("data").path("pending").asInt()).isEqualTo(2);
        assertThat(desk.call("LayThuTuc", object().put("MaTTHC", "9.900099")).path("data").path("TenTTHC").asText())
                .isEqualTo("Thủ tục mới của tỉnh");
    }

    @Test
    void wrongAdminRequestsSayWhatIsWrong() throws Exception {
        JsonNode unknown = desk.admin(object().put("action", "explode"));
        JsonNode badKind = desk.admin(object().put("action", "fault").put("kind", "meteor"));
        JsonNode noDossier = desk.admin(object().put("action", "process").put("MaHoSo", "x-261123-0009")
                .put("TrangThai", 4));

        assertThat(unknown.path("error_code").asText()).isEqualTo("400");
        assertThat(badKind.path("message").asText()).contains("meteor");
        assertThat(noDossier.path("error_code").asText()).isEqualTo("400");
    }
}
