package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sandbox.DeskLine.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadTest {
    static final int CHUNK = 40_000;
    static final byte[] SCAN = scan(100_000);
    static final String SHA = sha256(SCAN);

    @TempDir
    Path data;
    private ProvinceSandbox province;
    private DeskLine desk;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start(SandboxOptions.defaults().withDataDirectory(data));
        desk = new DeskLine(province);
        desk.login();
    }

    @AfterEach
    void stop() {
        province.close();
    }

    @Test
    void chunksAddUpToOneFileKeptByItsHash() throws Exception {
        JsonNode first = send(desk, SCAN, SHA, 0, CHUNK);
        JsonNode second = send(desk, SCAN, SHA, CHUNK, CHUNK);
        JsonNode last = send(desk, SCAN, SHA, 2 * CHUNK, SCAN.length - 2 * CHUNK);

        assertThat(first.path("DaNhan").asLong()).isEqualTo(CHUNK);
        assertThat(first.path("HoanTat").asBoolean()).isFalse();
        assertThat(second.path("DaNhan").asLong()).isEqualTo(2 * CHUNK);
        assertThat(last.path("DaNhan").asLong()).isEqualTo(SCAN.length);
        assertThat(last.path("HoanTat").asBoolean()).isTrue();
        assertThat(last.path("MaTep").asText()).isEqualTo(first.path("MaTep").asText()).startsWith("TEP-");
        assertThat(Files.readAllBytes(data.resolve("files").resolve(SHA))).isEqualTo(SCAN);
    }

    @Test
    void theSameHashTwiceAnswersTheSameFileAtOnce() throws Exception {
        String fileCode = upload(desk, SCAN, SHA).path("MaTep").asText();

        JsonNode again = send(desk, SCAN, SHA, 0, CHUNK);

        assertThat(again.path("MaTep").asText()).isEqualTo(fileCode);
        assertThat(again.path("HoanTat").asBoolean()).isTrue();
        assertThat(again.path("DaNhan").asLong()).isEqualTo(SCAN.length);
    }

    @Test
    void anUploadResumesAtDaNhanAfterTheConnectionDropsMidChunk() throws Exception {
        send(desk, SCAN, SHA, 0, CHUNK);
        province.admin().faults().next(FaultKind.DROP_MID_UPLOAD, 1);

        assertThatThrownBy(() -> send(desk, SCAN, SHA, CHUNK, CHUNK)).isInstanceOf(IOException.class);
        JsonNode where = send(desk, SCAN, SHA, 0, 0);
        assertThat(where.path("DaNhan").asLong()).isEqualTo(CHUNK + CHUNK / 2);

        long from = where.path("DaNhan").asLong();
        JsonNode rest = send(desk, SCAN, SHA, from, SCAN.length - (int) from);
        assertThat(rest.path("HoanTat").asBoolean()).isTrue();
        assertThat(Files.readAllBytes(data.resolve("files").resolve(SHA))).isEqualTo(SCAN);
        assertThat(province.admin().stats().faults(FaultKind.DROP_MID_UPLOAD)).isEqualTo(1);
    }

    @Test
    void resendingAChunkThatPartlyArrivedIsSafe() throws Exception {
        send(desk, SCAN, SHA, 0, CHUNK);
        province.admin().faults().next(FaultKind.DROP_MID_UPLOAD, 1);
        assertThatThrownBy(() -> send(desk, SCAN, SHA, CHUNK, CHUNK)).isInstanceOf(IOException.class);

        send(desk, SCAN, SHA, CHUNK, CHUNK);
        JsonNode last = send(desk, SCAN, SHA, 2 * CHUNK, SCAN.length - 2 * CHUNK);

        assertThat(last.path("HoanTat").asBoolean()).isTrue();
        assertThat(Files.readAllBytes(data.resolve("files").resolve(SHA))).isEqualTo(SCAN);
    }

    @Test
    void aChunkStartingPastWhatArrivedIsNotKeptAndTheAnswerSaysWhereToGoOn() throws Exception {
        send(desk, SCAN, SHA, 0, CHUNK);

        JsonNode skipped = send(desk, SCAN, SHA, 2 * CHUNK, SCAN.length - 2 * CHUNK);

        assertThat(skipped.path("DaNhan").asLong()).isEqualTo(CHUNK);
        assertThat(skipped.path("HoanTat").asBoolean()).isFalse();
    }

    @Test
    void aHashThatDoesNotMatchTheBytesIsRefusedAndTheUploadStartsAgain() throws Exception {
        String wrong = sha256("something else".getBytes());
        send(desk, SCAN, wrong, 0, 60_000);

        JsonNode answer = call(desk, SCAN, wrong, 60_000, SCAN.length - 60_000);

        assertThat(answer.path("error_code").asText()).isEqualTo("422");
        assertThat(answer.path("data").path("TruongLoi").asText()).isEqualTo("SHA256");
        assertThat(send(desk, SCAN, wrong, 0, 0).path("DaNhan").asLong()).isZero();
        assertThat(data.resolve("files").resolve(wrong)).doesNotExist();
    }

    @Test
    void brokenChunksAreRefusedNamingTheField() throws Exception {
        ObjectNode notBase64 = chunk(SCAN, SHA, 0, 10).put("NoiDung", "%%%");
        ObjectNode tooLong = chunk(SCAN, SHA, SCAN.length - 5, 5).put("KichThuoc", SCAN.length - 6);
        ObjectNode badHash = chunk(SCAN, "abc", 0, 10);

        assertThat(desk.call("TaiLenTep", notBase64).path("data").path("TruongLoi").asText()).isEqualTo("NoiDung");
        assertThat(desk.call("TaiLenTep", tooLong).path("data").path("TruongLoi").asText()).isEqualTo("ViTri");
        assertThat(desk.call("TaiLenTep", badHash).path("data").path("TruongLoi").asText()).isEqualTo("SHA256");
    }

    @Test
    void aRawUploadForBenchmarksIsStoredAsTheSameFinishedFile() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(province.rawUploadUri().resolve("ban-scan.pdf"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(SCAN)).build();
        JsonNode raw = DeskLine.JSON.readTree(
                http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body()).path("data");

        assertThat(raw.path("HoanTat").asBoolean()).isTrue();
        assertThat(raw.path("DaNhan").asLong()).isEqualTo(SCAN.length);
        assertThat(province.admin().file(raw.path("MaTep").asText())).hasValue(SCAN);
        assertThat(send(desk, SCAN, SHA, 0, 0).path("MaTep").asText()).as("a chunked upload finds it done")
                .isEqualTo(raw.path("MaTep").asText());
        assertThat(Files.readAllBytes(data.resolve("files").resolve(SHA))).isEqualTo(SCAN);
    }

    static JsonNode upload(DeskLine desk, byte[] content, String sha) throws Exception {
        JsonNode answer = null;
        for (int offset = 0; offset < content.length; offset += CHUNK) {
            answer = send(desk, content, sha, offset, Math.min(CHUNK, content.length - offset));
        }
        return answer;
    }

    static JsonNode send(DeskLine desk, byte[] content, String sha, long offset, int length) throws Exception {
        JsonNode answer = call(desk, content, sha, offset, length);
        assertThat(answer.path("error_code").asText()).as(answer.toString()).isEqualTo("0");
        return answer.path("data");
    }

    static JsonNode call(DeskLine desk, byte[] content, String sha, long offset, int length) throws Exception {
        return desk.call("TaiLenTep", chunk(content, sha, offset, length));
    }

    static ObjectNode chunk(byte[] content, String sha, long offset, int length) {
        byte[] part = Arrays.copyOfRange(content, (int) offset, (int) offset + length);
        return object().put("TenTep", "ban-scan.pdf").put("KichThuoc", content.length).put("SHA256", sha)
                .put("ViTri", offset).put("NoiDung", Base64.getEncoder().encodeToString(part));
    }

    static byte[] scan(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
