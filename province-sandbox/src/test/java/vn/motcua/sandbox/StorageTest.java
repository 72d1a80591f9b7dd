package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sandbox.DeskLine.dossier;
import static vn.motcua.sandbox.DeskLine.object;
import static vn.motcua.sandbox.DeskLine.syncBody;
import static vn.motcua.sandbox.UploadTest.CHUNK;
import static vn.motcua.sandbox.UploadTest.SCAN;
import static vn.motcua.sandbox.UploadTest.SHA;
import static vn.motcua.sandbox.UploadTest.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {
    private static final String CODE = "000.00.12.H62-261123-0001";

    @TempDir
    Path data;

    @Test
    void dossiersStepsFilesAndCursorsSurviveARestart() throws Exception {
        String cursor;
        String fileCode;
        try (ProvinceSandbox province = start()) {
            DeskLine desk = loggedIn(province);
            desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));
            province.admin().process(CODE, 4, "Đang thẩm định");
            cursor = desk.call("LayDanhSachHoSoThayDoi", object()).path("data").path("cursor").asText();
            fileCode = UploadTest.upload(desk, SCAN, SHA).path("MaTep").asText();
        }

        try (ProvinceSandbox province = start()) {
            DeskLine desk = loggedIn(province);
            JsonNode found = desk.call("TraCuuHoSo", object().put("MaHoSo", CODE)).path("data");
            assertThat(found.path("TrangThaiHoSo").asInt()).isEqualTo(4);
            assertThat(found.path("TienDo")).hasSize(1);
            assertThat(desk.call("DongBoHoSoMC", syncBody(dossier(CODE))).path("data").path("created").asBoolean())
                    .isFalse();
            assertThat(send(desk, SCAN, SHA, 0, 10).path("MaTep").asText()).isEqualTo(fileCode);

            province.admin().process(CODE, 9, "Đã có kết quả");
            JsonNode changed = desk.call("LayDanhSachHoSoThayDoi", object().put("TuThoiDiem", cursor)).path("data");
            assertThat(changed.path("items")).hasSize(1);
            assertThat(changed.path("items").get(0).path("TrangThaiHoSo").asInt()).isEqualTo(9);
        }
    }

    @Test
    void sessionsDoNotSurviveARestart() throws Exception {
        String session;
        try (ProvinceSandbox province = start()) {
            session = loggedIn(province).session;
        }
        try (ProvinceSandbox province = start()) {
            DeskLine desk = new DeskLine(province);
            desk.session = session;
            assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
        }
    }

    @Test
    void aHalfUploadedFileResumesAfterARestart() throws Exception {
        try (ProvinceSandbox province = start()) {
            send(loggedIn(province), SCAN, SHA, 0, CHUNK);
        }
        try (ProvinceSandbox province = start()) {
            DeskLine desk = loggedIn(province);
            long from = send(desk, SCAN, SHA, 0, 0).path("DaNhan").asLong();
            assertThat(from).isEqualTo(CHUNK);
            assertThat(send(desk, SCAN, SHA, from, SCAN.length - (int) from).path("HoanTat").asBoolean()).isTrue();
        }
    }

    @Test
    void aSnapshotLeftHalfWrittenByACrashIsIgnoredAndThePreviousOneStands() throws Exception {
        try (ProvinceSandbox province = start()) {
            loggedIn(province).call("DongBoHoSoMC", syncBody(dossier(CODE)));
        }
        Path temp = data.resolve(SnapshotFile.TEMP_NAME);
        Files.writeString(temp, "{\"lastChange\": 99, \"dossiers\": [{\"agen");

        try (ProvinceSandbox province = start()) {
            assertThat(province.admin().dossier(CODE)).isPresent();
            assertThat(temp).doesNotExist();
        }
    }

    @Test
    void eachChangeReplacesTheSnapshotWhole() throws Exception {
        try (ProvinceSandbox province = start()) {
            loggedIn(province).call("DongBoHoSoMC", syncBody(dossier(CODE)));
            JsonNode snapshot = DeskLine.JSON.readTree(data.resolve(SnapshotFile.NAME).toFile());
            assertThat(snapshot.path("dossiers")).hasSize(1);
            assertThat(data.resolve(SnapshotFile.TEMP_NAME)).doesNotExist();
        }
    }

    @Test
    void aDamagedSnapshotStopsTheStartLoudly() throws Exception {
        Files.writeString(data.resolve(SnapshotFile.NAME), "{not json");

        assertThatThrownBy(this::start).isInstanceOf(UncheckedIOException.class).hasMessageContaining("damaged");
    }

    @Test
    void resetGivesAFreshProvinceWithTheSeedCatalogue() throws Exception {
        try (ProvinceSandbox province = start()) {
            DeskLine desk = loggedIn(province);
            desk.call("DongBoHoSoMC", syncBody(dossier(CODE)));
            UploadTest.upload(desk, SCAN, SHA);

            province.admin().reset();

            assertThat(province.admin().dossier(CODE)).isEmpty();
            assertThat(province.admin().stats().creates()).isEmpty();
            assertThat(data.resolve("files").resolve(SHA)).doesNotExist();
            assertThat(desk.call("LayDanhMucCoQuan", object()).path("error_code").asText()).isEqualTo("401");
            DeskLine again = loggedIn(province);
            assertThat(again.call("LayDanhSachTTHC", object()).path("data").path("items")).hasSize(6);
        }
        try (ProvinceSandbox province = start()) {
            assertThat(province.admin().dossier(CODE)).isEmpty();
        }
    }

    private ProvinceSandbox start() throws Exception {
        return ProvinceSandbox.start(SandboxOptions.defaults().withDataDirectory(data));
    }

    private static DeskLine loggedIn(ProvinceSandbox province) throws Exception {
        DeskLine desk = new DeskLine(province);
        desk.login();
        return desk;
    }
}
