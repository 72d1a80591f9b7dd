package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.component;
import static vn.motcua.store.SampleDossiers.owner;
import static vn.motcua.store.SampleDossiers.received;
import static vn.motcua.store.SampleDossiers.withFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.DossierSummary;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.FileNotStoredException;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.StaleDossierException;

class SqliteDossierStoreTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 15, 30, 123_456_789);

    @TempDir
    Path dir;
    private OfflineStore store;
    private DossierStore dossiers;

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        dossiers = store.dossiers();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Dossier withTwoFiles(int sequence, String name, String id, LocalDateTime at) {
        return withFiles(store.files(), code(sequence), owner(name, id), at,
                List.of(("bản scan 1 của " + sequence).getBytes(StandardCharsets.UTF_8),
                        ("bản scan 2 của " + sequence).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDossierComesBackWholeWithComponentsFilesFeesHistoryAndDueDate() {
        Dossier dossier = withTwoFiles(4, "Nguyễn Văn An", "079201000123", MORNING);
        assertThat(dossier.files()).hasSize(2);
        assertThat(dossier.dueAt()).isPresent();

        dossiers.save(dossier);

        Dossier found = dossiers.find(dossier.code()).orElseThrow();
        assertThat(found).isEqualTo(dossier);
        assertThat(found.files()).allSatisfy(file -> assertThat(store.files().contains(file)).isTrue());
        assertThat(dossiers.find(code(5))).isEmpty();
        assertThat(dossiers.count()).isEqualTo(1);
    }

    @Test
    void aStatusChangeAppendsHistoryAndKeepsTheEarlierRows() {
        Dossier dossier = withTwoFiles(1, "Lê Thị Hoa", "001302000456", MORNING);
        dossiers.save(dossier);

        Dossier processing = dossier.moveTo(DossierStatus.PROCESSING, MORNING.plusHours(1), "canbo.b", "Chuyển phòng");
        dossiers.save(processing);
        Dossier done = processing.moveTo(DossierStatus.PROCESSED, MORNING.plusDays(1), "canbo.c", "");
        dossiers.save(done);

        Dossier found = dossiers.find(dossier.code()).orElseThrow();
        assertThat(found.history()).hasSize(3).isEqualTo(done.history());
        assertThat(found.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossiers.search("", 10)).singleElement()
                .extracting(DossierSummary::status).isEqualTo(DossierStatus.PROCESSED);
    }

    @Test
    void savingTheSameCopyTwiceIsHarmless() {
        Dossier dossier = withTwoFiles(1, "Lê Thị Hoa", "001302000456", MORNING);

        dossiers.save(dossier);
        dossiers.save(dossier);

        assertThat(dossiers.find(dossier.code())).contains(dossier);
    }

    @Test
    void aStaleCopyCannotOverwriteAChangeMadeElsewhere() {
        Dossier dossier = withTwoFiles(1, "Lê Thị Hoa", "001302000456", MORNING);
        dossiers.save(dossier);
        Dossier byClerkB = dossier.moveTo(DossierStatus.PROCESSING, MORNING.plusHours(1), "canbo.b", "");
        Dossier byClerkC = dossier.moveTo(DossierStatus.WITHDRAWN, MORNING.plusHours(2), "canbo.c", "Công dân rút");
        dossiers.save(byClerkB);

        assertThatThrownBy(() -> dossiers.save(byClerkC)).isInstanceOf(StaleDossierException.class)
                .hasMessageContaining(dossier.code().value());
        assertThatThrownBy(() -> dossiers.save(dossier)).isInstanceOf(StaleDossierException.class);
        assertThat(dossiers.find(dossier.code()).orElseThrow().status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void componentsCanBeReplacedAndTheirFileLinksFollow() {
        Dossier dossier = withTwoFiles(1, "Lê Thị Hoa", "001302000456", MORNING);
        dossiers.save(dossier);
        Dossier fewer = dossier.withComponents(List.of(dossier.components().get(1)));

        dossiers.save(fewer);

        assertThat(dossiers.find(dossier.code())).contains(fewer);
        assertThat(store.fileInventory().unreferenced()).containsExactly(dossier.components().get(0).files().get(0).sha256());
    }

    @Test
    void aDossierLinkingAFileThatIsNotStoredIsRefusedAndNothingIsWritten() {
        StoredFileRef invented = new StoredFileRef("ab".repeat(32), 10, "application/pdf", "khong-co.pdf");
        Dossier dossier = received(code(9), owner("Phạm Văn Minh", "036099000789"), MORNING,
                List.of(component("Bản sao giấy khai sinh", invented)));

        assertThatThrownBy(() -> dossiers.save(dossier)).isInstanceOf(FileNotStoredException.class)
                .hasMessageContaining("ab".repeat(32))
                .hasMessageContaining("not in the file store");
        assertThat(dossiers.count()).isZero();
    }

    @Test
    void searchFindsByCodeFoldedOwnerNameAndIdentifierNewestFirst() {
        dossiers.save(received(code(1), owner("Nguyễn Văn Đức", "079201000001"), MORNING, List.of()));
        dossiers.save(received(code(2), owner("Trần Thị Đào", "001302000002"), MORNING.plusMinutes(5), List.of()));
        dossiers.save(received(code(3), owner("Nguyễn Thị Mai", "0123456789"), MORNING.plusMinutes(10), List.of()));
        dossiers.save(received(new DossierCode(code(1).agency(), code(1).day().plusDays(1), 1),
                owner("Võ Văn Tám", "038090000004"), MORNING.plusDays(1), List.of()));

        assertThat(sequences(dossiers.search("nguyen", 10))).containsExactly(3, 1);
        assertThat(sequences(dossiers.search("NGUYỄN VĂN DUC", 10))).containsExactly(1);
        assertThat(sequences(dossiers.search("dao", 10))).containsExactly(2);
        assertThat(sequences(dossiers.search("001302000002", 10))).containsExactly(2);
        assertThat(sequences(dossiers.search("000.00.12.h62-251105-0003", 10))).containsExactly(3);
        assertThat(sequences(dossiers.search("-251105-", 10))).containsExactly(3, 2, 1);
        assertThat(dossiers.search("", 10)).extracting(s -> s.code().value()).containsExactly(
                "000.00.12.H62-251106-0001", "000.00.12.H62-251105-0003", "000.00.12.H62-251105-0002",
                "000.00.12.H62-251105-0001");
        assertThat(dossiers.search("", 2)).hasSize(2);
        assertThat(dossiers.search("không có ai", 10)).isEmpty();
    }

    @Test
    void aSummaryCarriesWhatTheClerksListShows() {
        Dossier dossier = received(code(7), owner("Đặng Thu Hà", "079301000007"), MORNING, List.of());
        dossiers.save(dossier);

        DossierSummary summary = dossiers.search("ha", 1).getFirst();

        assertThat(summary).isEqualTo(new DossierSummary(dossier.code(), dossier.procedureName(), "Đặng Thu Hà",
                "079301000007", DossierStatus.RECEIVED, MORNING, dossier.dueAt()));
    }

    private static List<Integer> sequences(List<DossierSummary> found) {
        return found.stream().map(s -> s.code().sequence()).toList();
    }
}
