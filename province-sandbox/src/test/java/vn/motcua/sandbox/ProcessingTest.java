package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sandbox.DeskLine.dossier;
import static vn.motcua.sandbox.DeskLine.object;
import static vn.motcua.sandbox.DeskLine.syncBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessingTest {
    private static final String FIRST = "000.00.12.H62-261123-0001";
    private static final String SECOND = "000.00.12.H62-261123-0002";
    private static final String THIRD = "000.00.12.H62-261123-0003";
    private ProvinceSandbox province;
    private DeskLine desk;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withPageSize(2)
                .withAgency("000.00.13.H62", "Một cửa xã bên cạnh"));
        desk = new DeskLine(province);
        desk.login();
        for (String code : List.of(FIRST, SECOND, THIRD)) {
            desk.call("DongBoHoSoMC", syncBody(dossier(code)));
        }
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void stepsAndStatusSetByTheProvinceShowInTheLookUp() throws Exception {
        province.admin().process(FIRST, 4, "Chuyển phòng chuyên môn thẩm định");
        province.admin().process(FIRST, 9, "Đã ký kết quả");

        JsonNode found = desk.call("TraCuuHoSo", object().put("MaHoSo", FIRST)).path("data");

        assertThat(found.path("TrangThaiHoSo").asInt()).isEqualTo(9);
        assertThat(found.path("NgayKetThucXuLy").asText()).matches("\\d{14}");
        assertThat(found.path("TienDo")).hasSize(2);
        assertThat(found.path("TienDo").get(1).path("TrangThai").asInt()).isEqualTo(9);
        assertThat(found.path("TienDo").get(1).path("NoiDung").asText()).isEqualTo("Đã ký kết quả");
        assertThat(found.path("ChuHoSo").asText()).isEqualTo("Nguyễn Thị Hồng Nhung");
    }

    @Test
    void lookingUpAnUnknownDossierAnswers404() throws Exception {
        assertThat(desk.call("TraCuuHoSo", object().put("MaHoSo", "000.00.12.H62-261123-0099"))
                .path("error_code").asText()).isEqualTo("404");
    }

    @Test
    void stepsSentByTheDeskAreKeptOnceAndMoveTheStatus() throws Exception {
        ObjectNode body = object().put("MaHoSo", FIRST);
        body.putArray("TienDo").addObject().put("ThoiDiem", "20261125090000").put("TrangThai", 10)
                .put("NguoiXuLy", "Cán bộ một cửa").put("DonViXuLy", "Bộ phận Một cửa")
                .put("NoiDung", "Đã trả kết quả");

        JsonNode first = desk.call("CapNhatTienDoHoSoMC", body);
        desk.call("CapNhatTienDoHoSoMC", body);

        assertThat(first.path("data").path("accepted").asInt()).isEqualTo(1);
        JsonNode found = province.admin().dossier(FIRST).orElseThrow();
        assertThat(found.path("TienDo")).hasSize(1);
        assertThat(found.path("TrangThaiHoSo").asInt()).isEqualTo(10);
        assertThat(found.path("NgayTra").asText()).isEqualTo("20261125090000");
    }

    @Test
    void aStepWithoutAValidTimeIsRefusedNamingIt() throws Exception {
        ObjectNode body = object().put("MaHoSo", FIRST);
        body.putArray("TienDo").addObject().put("ThoiDiem", "hôm nay").put("TrangThai", 4);

        JsonNode answer = desk.call("CapNhatTienDoHoSoMC", body);

        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        assertThat(answer.path("data").path("TruongLoi").asText()).isEqualTo("TienDo[0].ThoiDiem");
    }

    @Test
    void changedDossiersComePageByPageAndThenOnlyWhatChangedAfterTheCursor() throws Exception {
        List<String> all = new ArrayList<>();
        String cursor = drain(null, all);
        assertThat(all).containsExactly(FIRST, SECOND, THIRD);
        assertThat(page(cursor).path("items")).isEmpty();

        province.admin().process(SECOND, 4, "Đang thẩm định");
        JsonNode changed = page(cursor);

        assertThat(changed.path("items")).hasSize(1);
        assertThat(changed.path("items").get(0).path("MaHoSo").asText()).isEqualTo(SECOND);
        assertThat(changed.path("items").get(0).path("TrangThaiHoSo").asInt()).isEqualTo(4);
        assertThat(changed.path("items").get(0).path("TienDo")).hasSize(1);
        assertThat(page(changed.path("cursor").asText()).path("items")).isEmpty();
    }

    @Test
    void aBareTimeListsWhatChangedFromThatSecondOn() throws Exception {
        JsonNode fromLongAgo = page("20200101000000");
        JsonNode fromTheFuture = page("20991231235959");

        assertThat(fromLongAgo.path("items")).hasSize(2);
        assertThat(fromLongAgo.path("ConTiep").asBoolean()).isTrue();
        assertThat(fromTheFuture.path("items")).isEmpty();
        assertThat(desk.call("LayDanhSachHoSoThayDoi", object().put("TuThoiDiem", "ngày mai"))
                .path("data").path("TruongLoi").asText()).isEqualTo("TuThoiDiem");
    }

    @Test
    void anotherAgencySeesNoneOfThisAgencysDossiers() throws Exception {
        DeskLine neighbour = new DeskLine(province);
        JsonNode login = neighbour.login(SandboxOptions.DEFAULT_USER, SandboxOptions.DEFAULT_PASSWORD, "000.00.13.H62");
        neighbour.session = login.path("data").path("session").asText();

        JsonNode answer = neighbour.call("LayDanhSachHoSoThayDoi", object().put("madonvi", "000.00.13.H62"));
        JsonNode lookUp = neighbour.call("TraCuuHoSo", object().put("madonvi", "000.00.13.H62").put("MaHoSo", FIRST));

        assertThat(answer.path("data").path("items")).isEmpty();
        assertThat(lookUp.path("error_code").asText()).isEqualTo("404");
    }

    private String drain(String cursor, List<String> codes) throws Exception {
        JsonNode page = page(cursor);
        page.path("items").forEach(item -> codes.add(item.path("MaHoSo").asText()));
        return page.path("ConTiep").asBoolean() ? drain(page.path("cursor").asText(), codes)
                : page.path("cursor").asText();
    }

    private JsonNode page(String cursor) throws Exception {
        ObjectNode body = object();
        if (cursor != null) {
            body.put("TuThoiDiem", cursor);
        }
        return desk.call("LayDanhSachHoSoThayDoi", body).path("data");
    }
}
