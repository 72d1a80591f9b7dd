package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.dossier;
import static vn.motcua.sandbox.DeskLine.object;
import static vn.motcua.sandbox.DeskLine.syncBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DossierSyncTest {
    private static final String CODE = "000.00.12.H62-261123-0001";
    private ProvinceSandbox province;
    private DeskLine desk;

    private void start(SandboxOptions options) throws Exception {
        province = ProvinceSandbox.start(options);
        desk = new DeskLine(province);
        desk.login();
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void aCreateSentTwiceMakesOneDossier() throws Exception {
        start(SandboxOptions.defaults());

        JsonNode first = desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));
        JsonNode second = desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));

        assertThat(first.path("error_code").asText()).isEqualTo("0");
        assertThat(first.path("data").path("MaHoSo").asText()).isEqualTo(CODE);
        assertThat(first.path("data").path("created").asBoolean()).isTrue();
        assertThat(second.path("error_code").asText()).isEqualTo("0");
        assertThat(second.path("data").path("created").asBoolean()).isFalse();
        SandboxAdmin.Stats stats = province.admin().stats();
        assertThat(stats.dossiers()).isEqualTo(1);
        assertThat(stats.creates(CODE)).isEqualTo(1);
        assertThat(stats.updates(CODE)).isEqualTo(1);
        assertThat(stats.requests("DongBoHoSoMC")).isEqualTo(2);
    }

    @Test
    void strictProvinceAnswers409ToASecondCreateAndTakesItAsAnUpdate() throws Exception {
        start(SandboxOptions.defaults().withStrictCreate(true));
        desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));

        ObjectNode changed = dossier(CODE).put("SoDienThoai", "0987654321");
        JsonNode conflict = desk.call("DongBoHoSoMC", syncBody(changed));
        JsonNode update = desk.call("DongBoHoSoMC", syncBody(changed).put("CapNhat", true));

        assertThat(conflict.path("error_code").asText()).isEqualTo("409");
        assertThat(conflict.path("message").asText()).isEqualTo("Hồ sơ đã tồn tại");
        assertThat(update.path("error_code").asText()).isEqualTo("0");
        assertThat(update.path("data").path("created").asBoolean()).isFalse();
        assertThat(province.admin().dossier(CODE).orElseThrow().path("SoDienThoai").asText()).isEqualTo("0987654321");
        assertThat(province.admin().stats().conflicts(CODE)).isEqualTo(1);
        assertThat(province.admin().stats().dossiers()).isEqualTo(1);
    }

    @Test
    void strictModeCanBeSwitchedAtRuntime() throws Exception {
        start(SandboxOptions.defaults());
        desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));
        province.admin().strictCreate(true);

        assertThat(desk.call("DongBoHoSoMC", syncBody(dossier(CODE))).path("error_code").asText()).isEqualTo("409");
    }

    @Test
    void aMissingRequiredFieldIsRefusedWith422NamingIt() throws Exception {
        start(SandboxOptions.defaults());
        ObjectNode withoutOwner = dossier(CODE);
        withoutOwner.remove("ChuHoSo");

        JsonNode answer = desk.call("DongBoHoSoMC", syncBody(withoutOwner));

        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        assertThat(answer.path("message").asText()).contains("ChuHoSo");
        assertThat(answer.path("data").path("TruongLoi").asText()).isEqualTo("ChuHoSo");
        assertThat(province.admin().dossier(CODE)).isEmpty();
    }

    @Test
    void wrongValuesAreRefusedNamingTheField() throws Exception {
        start(SandboxOptions.defaults());

        assertThat(refusedField(syncBody(dossier("HS-1")))).isEqualTo("MaHoSo");
        assertThat(refusedField(syncBody(dossier(CODE).put("NgayTiepNhan", "23/11/2026")))).isEqualTo("NgayTiepNhan");
        assertThat(refusedField(syncBody(dossier(CODE).put("NgayHenTra", "20261122080000")))).isEqualTo("NgayHenTra");
        assertThat(refusedField(syncBody(dossier(CODE).put("TrangThaiHoSo", 11)))).isEqualTo("TrangThaiHoSo");
        assertThat(refusedField(syncBody(dossier(CODE).put("KenhThucHien", "quầy")))).isEqualTo("KenhThucHien");
        ObjectNode badId = dossier(CODE);
        ((ObjectNode) badId.path("DinhDanhCHS").get(0)).put("SoDinhDanh", "07919000");
        assertThat(refusedField(syncBody(badId))).isEqualTo("DinhDanhCHS[0].SoDinhDanh");
        assertThat(refusedField(object().put("MaHoSo", CODE))).isEqualTo("data");
    }

    @Test
    void unknownServicesAndBrokenBodiesAreRefusedWith422() throws Exception {
        start(SandboxOptions.defaults());

        assertThat(desk.call("XoaHoSo", object()).path("data").path("TruongLoi").asText()).isEqualTo("service");
        JsonNode broken = DeskLine.parse(desk.post(province.serviceUri(), "{\"service\": ", null));
        assertThat(broken.path("error_code").asText()).isEqualTo("422");
        assertThat(broken.path("data").path("TruongLoi").asText()).isEqualTo("body");
    }

    @Test
    void anUpdateFromTheDeskDoesNotTakeBackTheProvincesProcessingStatus() throws Exception {
        start(SandboxOptions.defaults());
        desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));
        province.admin().process(CODE, 4, "Chuyển phòng chuyên môn");

        desk.call("DongBoHoSoMC", syncBody(dossier(CODE).put("SoDienThoai", "0987654321")));
        assertThat(province.admin().dossier(CODE).orElseThrow().path("TrangThaiHoSo").asInt()).isEqualTo(4);

        desk.call("DongBoHoSoMC", syncBody(dossier(CODE).put("TrangThaiHoSo", 7)));
        assertThat(province.admin().dossier(CODE).orElseThrow().path("TrangThaiHoSo").asInt()).isEqualTo(7);
    }

    private String refusedField(ObjectNode body) throws Exception {
        JsonNode answer = desk.call("DongBoHoSoMC", body);
        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        return answer.path("data").path("TruongLoi").asText();
    }
}
