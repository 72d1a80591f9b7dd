package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.SampleDossiers.code;
import static vn.motcua.store.SampleDossiers.owner;
import static vn.motcua.store.SampleDossiers.received;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.RegisterFilter;
import vn.motcua.core.dossier.RegisterRow;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;

/** The Sổ theo dõi hồ sơ read from a real SQLite file. */
class RegisterQueryTest {
    private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2025, 11, 30);
    private static final RegisterFilter NOVEMBER = RegisterFilter.between(NOV_1, NOV_30);

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

    private Dossier save(int sequence, String name, LocalDateTime at) {
        Dossier dossier = received(code(sequence), owner(name, "0792010001" + sequence), at, List.of());
        dossiers.save(dossier);
        return dossier;
    }

    private static List<String> codes(List<RegisterRow> rows) {
        return rows.stream().map(row -> row.code().value()).toList();
    }

    @Test
    void thePeriodIncludesItsFirstAndLastDayWholeAndListsOldestFirstNumberedFromOne() {
        save(1, "Trước Kỳ", LocalDateTime.of(2025, 10, 31, 23, 59, 59));
        Dossier first = save(2, "Đầu Kỳ", NOV_1.atStartOfDay());
        Dossier last = save(3, "Cuối Kỳ", LocalDateTime.of(2025, 11, 30, 23, 59, 59, 999_999_999));
        Dossier middle = save(4, "Giữa Kỳ", LocalDateTime.of(2025, 11, 5, 8, 15));
        save(5, "Sau Kỳ", LocalDateTime.of(2025, 12, 1, 0, 0));

        List<RegisterRow> rows = dossiers.register(NOVEMBER, 100);

        assertThat(codes(rows)).containsExactly(first.code().value(), middle.code().value(), last.code().value());
        assertThat(rows).extracting(RegisterRow::number).containsExactly(1, 2, 3);
        assertThat(dossiers.register(NOVEMBER, 2)).hasSize(2);
    }

    @Test
    void aLineCarriesWhatTheRegisterPrints() {
        Dossier dossier = save(4, "Nguyễn Văn An", LocalDateTime.of(2025, 11, 5, 8, 15));

        RegisterRow row = dossiers.register(NOVEMBER, 10).getFirst();

        assertThat(row.code()).isEqualTo(dossier.code());
        assertThat(row.procedureName()).isEqualTo("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc");
        assertThat(row.sets()).isEqualTo(1);
        assertThat(row.ownerName()).isEqualTo("Nguyễn Văn An");
        assertThat(row.ownerAddress()).isEqualTo("12 Lê Lợi, phường Bến Thành");
        assertThat(row.ownerPhone()).isEqualTo("0901234567");
        assertThat(row.receivedAt()).isEqualTo(dossier.receivedAt());
        assertThat(row.dueAt()).isEqualTo(dossier.dueAt());
        assertThat(row.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(row.returnedAt()).isEmpty();
        assertThat(row.lastActor()).isEqualTo("canbo.a");
        assertThat(row.toString()).doesNotContain("Nguyễn", "Lê Lợi", "0901234567");
    }

    @Test
    void theReturnTimeComesFromTheMoveToResultReturnedAndTheNoteFromTheLatestChange() {
        LocalDateTime at = LocalDateTime.of(2025, 11, 5, 8, 15);
        Dossier dossier = save(4, "Lê Thị Hoa", at);
        LocalDateTime returned = at.plusDays(2).withHour(15);
        dossiers.save(dossier.moveTo(DossierStatus.PROCESSED, at.plusDays(1), "canbo.b", "Đã ký")
                .moveTo(DossierStatus.RESULT_RETURNED, returned, "canbo.c", "Trả tại quầy số 2"));
        save(5, "Phạm Minh Tuấn", at.plusHours(1));

        List<RegisterRow> done = dossiers.register(NOVEMBER.withStatuses(Set.of(DossierStatus.RESULT_RETURNED)), 10);

        assertThat(done).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(dossier.code());
            assertThat(row.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
            assertThat(row.returnedAt()).contains(returned);
            assertThat(row.lastActor()).isEqualTo("canbo.c");
            assertThat(row.lastNote()).isEqualTo("Trả tại quầy số 2");
        });
        assertThat(dossiers.register(NOVEMBER.withStatuses(
                Set.of(DossierStatus.RECEIVED, DossierStatus.RESULT_RETURNED)), 10)).hasSize(2);
        assertThat(dossiers.register(NOVEMBER.withStatuses(Set.of(DossierStatus.WITHDRAWN)), 10)).isEmpty();
    }

    @Test
    void textFindsOwnersWithoutAccentsAndCodesByAnyPart() {
        LocalDateTime at = LocalDateTime.of(2025, 11, 5, 8, 15);
        save(1, "Lê Thị Hoa", at);
        save(2, "Đặng Quốc Đạt", at.plusMinutes(5));
        save(3, "Trần Thị Bích Ngọc", at.plusMinutes(10));

        assertThat(codes(dossiers.register(NOVEMBER.withText("le thi hoa"), 10))).containsExactly(code(1).value());
        assertThat(codes(dossiers.register(NOVEMBER.withText("  DANG quoc "), 10))).containsExactly(code(2).value());
        assertThat(codes(dossiers.register(NOVEMBER.withText("Thị"), 10)))
                .containsExactly(code(1).value(), code(3).value());
        assertThat(codes(dossiers.register(NOVEMBER.withText("-0003"), 10))).containsExactly(code(3).value());
        assertThat(dossiers.register(NOVEMBER.withText("100%"), 10)).isEmpty();
    }

    @Test
    void aProcedureCodeNarrowsTheList() {
        LocalDateTime at = LocalDateTime.of(2025, 11, 5, 8, 15);
        save(1, "Lê Thị Hoa", at);
        Dossier other = Dossier.open(code(2), new ProcedureCode("DEMO.HT.002"), "Đăng ký khai sinh",
                owner("Hồ Văn Cường", "001090000002"), List.of(), List.of(), 2, Channel.COUNTER,
                ResultDelivery.AT_COUNTER, at.plusHours(1), Optional.empty(), "canbo.a", DossierStatus.RECEIVED);
        dossiers.save(other);

        List<RegisterRow> rows = dossiers.register(NOVEMBER.withProcedure(new ProcedureCode("DEMO.HT.002")), 10);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.procedureName()).isEqualTo("Đăng ký khai sinh");
            assertThat(row.sets()).isEqualTo(2);
            assertThat(row.dueAt()).isEmpty();
        });
    }
}
