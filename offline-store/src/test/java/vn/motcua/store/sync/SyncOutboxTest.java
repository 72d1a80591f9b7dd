package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.owner;
import static vn.motcua.store.SampleDossiers.received;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DueDateChange;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.sync.DossierSyncState.Delivery;
import vn.motcua.store.FileNotStoredException;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.StaleDossierException;
import vn.motcua.store.sqlite.SqliteOutbox;

/** The outbox on a real SQLite file: written with the change or not at all, and coalesced per dossier. */
class SyncOutboxTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);

    @TempDir
    Path dir;
    private OfflineStore store;
    private SqliteOutbox outbox;

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        outbox = store.outbox();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Delivery delivery(Dossier dossier) {
        return outbox.stateOf(dossier.code().value()).orElseThrow().delivery();
    }

    @Test
    void aSavedDossierAlwaysHasItsEntryAndAFailedSaveLeavesNone() {
        Dossier dossier = received(code(1), owner("Lê Văn Bình", "079201000111"), MORNING, List.of());
        store.dossiers().save(dossier);
        assertThat(delivery(dossier)).isEqualTo(Delivery.PENDING);
        assertThat(outbox.backlog()).isEqualTo(1);

        Dossier stale = received(code(1), owner("Lê Văn Bình", "079201000111"), MORNING.plusMinutes(1), List.of());
        assertThatThrownBy(() -> store.dossiers().save(stale)).isInstanceOf(StaleDossierException.class);
        var missingFile = new StoredFileRef("b".repeat(64), 10, "application/pdf", "mat.pdf");
        Dossier withMissingFile = received(code(2), owner("Phạm Thị Cúc", "079301000222"), MORNING,
                List.of(SampleDossiers.component("Đơn", missingFile)));
        assertThatThrownBy(() -> store.dossiers().save(withMissingFile)).isInstanceOf(FileNotStoredException.class);

        assertThat(outbox.backlog()).as("the failed saves queued nothing").isEqualTo(1);
        assertThat(outbox.stateOf(code(2).value())).isEmpty();
    }

    @Test
    void dueDateExtensionsAndFileReplacementsAreQueuedWithTheirChange() {
        StoredFileRef scan = SampleDossiers.storeBytes(store.files(), "bản quét".getBytes(StandardCharsets.UTF_8),
                "don.pdf");
        Dossier a = received(code(1), owner("Lê Văn Bình", "079201000111"), MORNING,
                List.of(SampleDossiers.component("Đơn", scan)));
        Dossier b = received(code(2), owner("Phạm Thị Cúc", "079301000222"), MORNING,
                List.of(SampleDossiers.component("Đơn", scan)));
        store.dossiers().save(a);
        store.dossiers().save(b);
        settleEverything();

        store.dueDateChanges().extend(a.withDueAt(MORNING.plusDays(5)),
                new DueDateChange(a.dueAt(), MORNING.plusDays(5), MORNING.plusHours(3), "canbo.a", "Xin lỗi"));
        assertThat(delivery(a)).isEqualTo(Delivery.PENDING);
        assertThat(delivery(b)).isEqualTo(Delivery.SENT);

        StoredFileRef searchable = SampleDossiers.storeBytes(store.files(),
                "bản quét có chữ".getBytes(StandardCharsets.UTF_8), "don.pdf");
        store.fileReplacement().replace(scan, searchable);
        assertThat(delivery(b)).isEqualTo(Delivery.PENDING);
        assertThat(outbox.due(Instant.now(), 10)).extracting(SqliteOutbox.DueDossier::dossierCode)
                .containsExactly(a.code().value(), b.code().value());
    }

    @Test
    void pendingEntriesOfADossierLeaveAsOnePushAndLaterOnesStayPending() {
        Dossier dossier = received(code(1), owner("Lê Văn Bình", "079201000111"), MORNING, List.of());
        store.dossiers().save(dossier);
        Dossier processing = dossier.moveTo(DossierStatus.PROCESSING, MORNING.plusHours(1), "canbo.a", "");
        store.dossiers().save(processing);
        List<SqliteOutbox.DueDossier> due = outbox.due(Instant.now(), 10);
        assertThat(due).singleElement().satisfies(d -> assertThat(d.lastEntry()).isGreaterThan(d.firstEntry()));

        // A change saved while that push is in flight is not covered by it.
        store.dossiers().save(processing.moveTo(DossierStatus.PROCESSED, MORNING.plusHours(2), "canbo.a", ""));
        outbox.markSent(due.getFirst());
        assertThat(outbox.backlog()).isEqualTo(1);
        assertThat(delivery(dossier)).isEqualTo(Delivery.PENDING);
    }

    @Test
    void aRetryWaitsForItsTimeAndARejectionNoLongerBlocksTheDossier() {
        Dossier dossier = received(code(1), owner("Lê Văn Bình", "079201000111"), MORNING, List.of());
        store.dossiers().save(dossier);
        Instant now = Instant.parse("2025-11-05T01:00:00Z");
        SqliteOutbox.DueDossier due = outbox.due(now, 10).getFirst();
        outbox.markRetry(due, 1, now.plusSeconds(5), "HTTP 503");
        assertThat(outbox.due(now.plusSeconds(4), 10)).isEmpty();
        assertThat(outbox.nextDue()).contains(now.plusSeconds(5));
        assertThat(outbox.due(now.plusSeconds(5), 10)).hasSize(1);

        outbox.markRejected(outbox.due(now.plusSeconds(5), 10).getFirst(), "Sai MaHoSo");
        assertThat(outbox.stateOf(dossier.code().value())).hasValueSatisfying(state -> {
            assertThat(state.delivery()).isEqualTo(Delivery.REJECTED);
            assertThat(state.message()).isEqualTo("Sai MaHoSo");
        });
        assertThat(outbox.rejectedDossiers()).isEqualTo(1);
        store.dossiers().save(dossier.moveTo(DossierStatus.PROCESSING, MORNING.plusHours(1), "canbo.a", ""));
        assertThat(outbox.due(now, 10)).as("the correction is sent").hasSize(1);
        assertThat(outbox.rejectedDossiers()).isZero();
    }

    @Test
    void theNotConfiguredEngineReportsSoAndKeepsTheBacklog() {
        store.dossiers().save(received(code(1), owner("Lê Văn Bình", "079201000111"), MORNING, List.of()));
        try (SyncEngine engine = store.syncEngine(Optional.empty())) {
            assertThat(engine.drainUntilIdle()).isZero();
            assertThat(engine.status().connection()).isEqualTo(vn.motcua.core.sync.ConnectionState.NOT_CONFIGURED);
            assertThat(engine.status().backlog()).isEqualTo(1);
        }
    }

    private void settleEverything() {
        outbox.due(Instant.now(), 100).forEach(outbox::markSent);
    }
}
