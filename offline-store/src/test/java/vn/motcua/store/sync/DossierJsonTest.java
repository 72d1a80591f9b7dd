package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.sync.ProvinceDossierState;
import vn.motcua.store.SampleDossiers;

class DossierJsonTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 8, 0, 5);
    private static final StoredFileRef SCAN = new StoredFileRef("a".repeat(64), 1234, "application/pdf", "don.pdf");
    private static final StoredFileRef RESULT = new StoredFileRef("b".repeat(64), 999, "application/pdf",
            "ket-qua.pdf");
    private final StatusCodeTable identity = StatusCodeTable.bundled("status-codes.tsv");

    private static Dossier returned() {
        Dossier received = SampleDossiers.received(SampleDossiers.code(7),
                SampleDossiers.owner("Nguyễn Thị Hồng Nhung", "079190001234"), AT,
                List.of(SampleDossiers.component("Đơn đề nghị", SCAN), SampleDossiers.component("Giấy ủy quyền")));
        return received.moveTo(DossierStatus.PROCESSED, AT.plusDays(1), "tỉnh", "")
                .moveTo(DossierStatus.RESULT_RETURNED, AT.plusDays(2), "canbo.a", "");
    }

    @Test
    void writesTheContractFieldsWithRemoteFileIdsAndProvinceTimes() {
        ResultFile result = new ResultFile(RESULT, ResultFile.Source.RECEIVED_FILE,
                new ResultSignature(ResultSignature.State.INTACT, "Sở Tư pháp"), AT.plusDays(2), "canbo.a");
        ObjectNode json = DossierJson.of(returned(), List.of(result), Map.of(SCAN.sha256(), "TEP-1",
                RESULT.sha256(), "TEP-2"), identity, "G09", List.of());
        assertThat(json.path("MaHoSo").asText()).isEqualTo("000.00.12.H62-251105-0007");
        assertThat(json.path("MaLinhVuc").asText()).isEqualTo("G09");
        assertThat(json.path("NgayTiepNhan").asText()).isEqualTo("20261123080005");
        assertThat(json.path("NgayHenTra").asText()).isEqualTo("20261124160005");
        assertThat(json.path("NgayKetThucXuLy").asText()).isEqualTo("20261124080005");
        assertThat(json.path("NgayTra").asText()).isEqualTo("20261125080005");
        assertThat(json.path("TrangThaiHoSo").asInt()).isEqualTo(10);
        assertThat(json.path("KenhThucHien").asInt()).isEqualTo(1);
        assertThat(json.path("HoSoCoThanhPhanSoHoa").asInt()).isEqualTo(1);
        assertThat(json.path("TaiLieuNop")).hasSize(2);
        assertThat(json.path("TaiLieuNop").get(0).path("DuongDanTaiTepTin").asText()).isEqualTo("TEP-1");
        assertThat(json.path("TaiLieuNop").get(0).path("DuocSoHoa").asInt()).isEqualTo(1);
        assertThat(json.path("TaiLieuNop").get(1).path("DuongDanTaiTepTin").isNull()).as("paper only").isTrue();
        assertThat(json.path("DanhSachLePhi").get(0).path("MucPhi").asLong()).isEqualTo(3_000);
        assertThat(json.path("DinhDanhCHS").get(0).path("LoaiDinhDanh").asInt()).isEqualTo(1);
        assertThat(json.path("DinhDanhCHS").get(0).path("SoDinhDanh").asText()).isEqualTo("079190001234");
        JsonNode paper = json.path("DanhSachGiayToKetQua").get(0);
        assertThat(paper.path("TenGiayTo").asText()).isEqualTo("ket-qua.pdf");
        assertThat(paper.path("DuongDanTepTinKetQua").asText()).isEqualTo("TEP-2");
        assertThat(paper.path("LaBanDienTu").asInt()).isEqualTo(1);
        assertThat(paper.path("CoChuKySo").asInt()).isEqualTo(1);
        assertThat(paper.path("NguoiKy").asText()).isEqualTo("Sở Tư pháp");
        assertThat(paper.path("ThoiDiemDinhKem").asText()).isEqualTo("20261125080005");
    }

    @Test
    void readsTheProvinceStatusAndStepsThroughTheCodeTable() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"MaHoSo": "000.00.12.H62-251105-0007", "TrangThaiHoSo": 4,
                 "TienDo": [{"ThoiDiem": "20261123100000", "TrangThai": 4, "NguoiXuLy": "A", "NoiDung": "Thụ lý"},
                            {"ThoiDiem": "sai", "TrangThai": 4}]}""");
        ProvinceDossierState state = DossierJson.state(json, identity);
        assertThat(state.status()).contains(DossierStatus.PROCESSING);
        assertThat(state.steps()).singleElement().satisfies(step -> {
            assertThat(step.at()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
            assertThat(step.content()).isEqualTo("Thụ lý");
        });
    }
}
