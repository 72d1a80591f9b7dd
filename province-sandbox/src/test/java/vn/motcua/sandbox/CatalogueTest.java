package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private ProvinceSandbox province;
    private DeskLine desk;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withPageSize(4));
        desk = new DeskLine(province);
        desk.login();
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void theSeededCatalogueComesInPagesAndThenOnlyChangedProcedures() throws Exception {
        JsonNode first = list(null);
        JsonNode second = list(first.path("cursor").asText());
        assertThat(first.path("items")).hasSize(4);
        assertThat(first.path("ConTiep").asBoolean()).isTrue();
        assertThat(second.path("items")).hasSize(2);
        assertThat(second.path("ConTiep").asBoolean()).isFalse();
        String cursor = second.path("cursor").asText();
        assertThat(list(cursor).path("items")).isEmpty();

        ObjectNode changed = (ObjectNode) desk.call("LayThuTuc", object().put("MaTTHC", "9.900003")).path("data");
        changed.put("HieuLuc", false);
        province.admin().putProcedure(changed);
        JsonNode after = list(cursor);

        assertThat(after.path("items")).hasSize(1);
        assertThat(after.path("items").get(0).path("MaTTHC").asText()).isEqualTo("9.900003");
        assertThat(after.path("items").get(0).path("HieuLuc").asBoolean()).isFalse();
    }

    @Test
    void oneProcedureAnswersWithItsComponentsFeesAndTime() throws Exception {
        JsonNode procedure = desk.call("LayThuTuc", object().put("MaTTHC", "9.900001")).path("data");

        assertThat(procedure.path("TenTTHC").asText()).isEqualTo("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc");
        assertThat(procedure.path("ThanhPhanHoSo")).hasSize(2);
        assertThat(procedure.path("PhiLePhi").get(0).path("MucPhi").asLong()).isEqualTo(3000);
        assertThat(procedure.path("ThoiHanGiaiQuyet").path("DonVi").asText()).isEqualTo("NgayLamViec");
        assertThat(procedure.path("NgayCapNhat").asText()).matches("\\d{14}");
        assertThat(desk.call("LayThuTuc", object().put("MaTTHC", "1.000000")).path("error_code").asText())
                .isEqualTo("404");
    }

    @Test
    void theAgenciesAreTheConfiguredOnes() throws Exception {
        JsonNode items = desk.call("LayDanhMucCoQuan", object()).path("data").path("items");

        List<String> codes = new ArrayList<>();
        items.forEach(item -> codes.add(item.path("MaCoQuan").asText()));
        assertThat(codes).containsExactly(SandboxOptions.DEFAULT_AGENCY);
        assertThat(items.get(0).path("TenCoQuan").asText()).isNotBlank();
    }

    private JsonNode list(String cursor) throws Exception {
        ObjectNode body = object();
        if (cursor != null) {
            body.put("TuThoiDiem", cursor);
        }
        return desk.call("LayDanhSachTTHC", body).path("data");
    }
}
