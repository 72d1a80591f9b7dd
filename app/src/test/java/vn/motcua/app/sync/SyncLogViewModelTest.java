package vn.motcua.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;

/** The sync log on a desk with no provincial system configured: everything waits in the outbox, visibly. */
class SyncLogViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void listsWhatWaitsForTheProvinceAndWakesTheSyncOnDemand() {
        desk = TestDesk.open(directory);
        desk.receive(1, "Nguyễn Văn An", "001203004156", LocalDateTime.of(2026, 11, 20, 8, 15),
                Optional.empty(), "lan.nt");
        desk.receive(2, "Trần Thị Bích Ngọc", "079185001234", LocalDateTime.of(2026, 11, 20, 9, 40),
                Optional.empty(), "lan.nt");
        AtomicInteger woken = new AtomicInteger();
        SyncLogViewModel log = new SyncLogViewModel(desk.services::syncLog, desk.services::provincialConnection,
                woken::incrementAndGet, desk.executor, desk.messages());

        log.refresh();

        assertThat(log.rows()).extracting(SyncLogRow::dossierCode).containsExactly(
                "000.00.00.H00-261120-0002", "000.00.00.H00-261120-0001");
        assertThat(log.rows()).allSatisfy(row -> {
            assertThat(row.state()).isEqualTo("chờ gửi");
            assertThat(row.needsAttention()).isTrue();
        });
        assertThat(log.summaryProperty().get()).startsWith("Chưa cấu hình kết nối hệ thống một cửa tỉnh")
                .contains("2 thay đổi chờ gửi · 0 hồ sơ bị từ chối · gửi thành công lần cuối: —");

        log.syncNow();
        assertThat(woken).hasValue(1);
    }
}
