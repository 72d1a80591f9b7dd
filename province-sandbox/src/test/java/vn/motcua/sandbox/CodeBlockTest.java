package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CapKhoiSoHoSo: blocks of daily sequence numbers that the province never hands out twice. */
class CodeBlockTest {
    private static final String OTHER_AGENCY = "000.00.13.H62";
    private static final String DAY = "20261123";

    @TempDir
    Path data;

    @Test
    void twoDesksOfOneAgencyGetBlocksThatNeverOverlap() throws Exception {
        try (ProvinceSandbox province = ProvinceSandbox.start(SandboxOptions.defaults())) {
            DeskLine first = loggedIn(province);
            DeskLine second = loggedIn(province);

            JsonNode a = block(first, DAY, 50);
            JsonNode b = block(second, DAY, 20);
            JsonNode c = block(first, DAY, 50);

            assertThat(range(a)).containsExactly(5000, 5049);
            assertThat(range(b)).containsExactly(5050, 5069);
            assertThat(range(c)).containsExactly(5070, 5119);
        }
    }

    @Test
    void eachAgencyAndDayHasItsOwnNumbers() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withAgency(OTHER_AGENCY, "Đơn vị khác");
        try (ProvinceSandbox province = ProvinceSandbox.start(options)) {
            DeskLine desk = loggedIn(province);
            DeskLine other = new DeskLine(province);
            other.session = other.login(SandboxOptions.DEFAULT_USER, SandboxOptions.DEFAULT_PASSWORD, OTHER_AGENCY)
                    .path("data").path("session").asText();
            block(desk, DAY, 10);

            JsonNode otherAgency = other.call("CapKhoiSoHoSo",
                    object().put("madonvi", OTHER_AGENCY).put("NgayHoSo", DAY).put("SoLuong", 10));
            assertThat(range(otherAgency)).containsExactly(5000, 5009);
            assertThat(range(block(desk, "20261124", 10))).containsExactly(5000, 5009);
            assertThat(range(block(desk, DAY, 10))).containsExactly(5010, 5019);
        }
    }

    @Test
    void handedOutNumbersSurviveARestart() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withDataDirectory(data);
        try (ProvinceSandbox province = ProvinceSandbox.start(options)) {
            block(loggedIn(province), DAY, 50);
        }
        try (ProvinceSandbox province = ProvinceSandbox.start(options)) {
            assertThat(range(block(loggedIn(province), DAY, 50))).containsExactly(5050, 5099);
        }
    }

    @Test
    void aWrongDayOrCountIsRefusedAndAnEmptiedDaySaysSo() throws Exception {
        try (ProvinceSandbox province = ProvinceSandbox.start(SandboxOptions.defaults())) {
            DeskLine desk = loggedIn(province);

            assertThat(field(block(desk, "2026-11-23", 10))).isEqualTo("NgayHoSo");
            assertThat(field(block(desk, "20261131", 10))).isEqualTo("NgayHoSo");
            assertThat(field(block(desk, DAY, 0))).isEqualTo("SoLuong");
            for (int i = 0; i < 5; i++) {
                block(desk, DAY, 1000);
            }
            assertThat(field(block(desk, DAY, 1))).isEqualTo("SoLuong");
        }
    }

    private static DeskLine loggedIn(ProvinceSandbox province) throws Exception {
        DeskLine desk = new DeskLine(province);
        desk.login();
        return desk;
    }

    private static JsonNode block(DeskLine desk, String day, int count) throws Exception {
        return desk.call("CapKhoiSoHoSo", object().put("NgayHoSo", day).put("SoLuong", count));
    }

    private static int[] range(JsonNode answer) {
        assertThat(answer.path("error_code").asText()).as(answer.toString()).isEqualTo("0");
        return new int[] {answer.path("data").path("TuSo").asInt(), answer.path("data").path("DenSo").asInt()};
    }

    private static String field(JsonNode answer) {
        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        return answer.path("data").path("TruongLoi").asText();
    }
}
