package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.dossier;
import static vn.motcua.sandbox.DeskLine.syncBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Satisfaction ratings travel with their dossier ({@code DanhGiaHaiLong}, docs/provincial-api.md). */
class RatingSyncTest {
    private static final String CODE = "000.00.12.H62-261123-0001";
    private ProvinceSandbox province;
    private DeskLine desk;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults());
        desk = new DeskLine(province);
        desk.login();
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void ratingsAreKeptWithTheDossierAndAnUpdateReplacesThem() throws Exception {
        ObjectNode rated = dossier(CODE);
        rating(rated, 4, "Phải chờ đợi lâu");

        assertThat(desk.call("DongBoHoSoMC", syncBody(rated)).path("error_code").asText()).isEqualTo("0");
        JsonNode stored = province.admin().dossier(CODE).orElseThrow().path("DanhGiaHaiLong");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("MucDo").asInt()).isEqualTo(4);
        assertThat(stored.get(0).path("LyDo").asText()).isEqualTo("Phải chờ đợi lâu");

        rating(rated, 1, null);
        desk.call("DongBoHoSoMC", syncBody(rated));
        assertThat(province.admin().dossier(CODE).orElseThrow().path("DanhGiaHaiLong")).hasSize(2);
    }

    @Test
    void aBadRatingIsRefusedNamingItsField() throws Exception {
        ObjectNode badLevel = dossier(CODE);
        rating(badLevel, 5, null);
        ObjectNode badTime = dossier(CODE);
        rating(badTime, 1, null).put("ThoiDiem", "23/11/2026");
        ObjectNode notAList = dossier(CODE).put("DanhGiaHaiLong", "rất hài lòng");

        assertThat(refusedField(badLevel)).isEqualTo("DanhGiaHaiLong[0].MucDo");
        assertThat(refusedField(badTime)).isEqualTo("DanhGiaHaiLong[0].ThoiDiem");
        assertThat(refusedField(notAList)).isEqualTo("DanhGiaHaiLong");
        assertThat(province.admin().dossier(CODE)).isEmpty();
    }

    private static ObjectNode rating(ObjectNode dossier, int level, String reason) {
        JsonNode existing = dossier.path("DanhGiaHaiLong");
        ArrayNode list = existing.isArray() ? (ArrayNode) existing : dossier.putArray("DanhGiaHaiLong");
        ObjectNode rating = list.addObject().put("MucDo", level).put("TenMucDo", "…")
                .put("ThoiDiem", "20261123081500").put("Quay", 3).put("CanBo", "lan.nt");
        if (reason == null) {
            rating.putNull("LyDo");
        } else {
            rating.put("LyDo", reason);
        }
        return rating;
    }

    private String refusedField(ObjectNode dossier) throws Exception {
        JsonNode answer = desk.call("DongBoHoSoMC", syncBody(dossier));
        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        return answer.path("data").path("TruongLoi").asText();
    }
}
