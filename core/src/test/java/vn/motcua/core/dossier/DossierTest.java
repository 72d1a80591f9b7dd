package vn.motcua.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.ProcedureCode;

class DossierTest {
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 9, 15);

    static Dossier received() {
        var owner = new DossierOwner(OwnerType.CITIZEN, "Nguyễn Văn An", "079203001234", "12 Lê Lợi", "0909123456",
                "");
        var component = new DossierComponent("", "Đơn đề nghị", DocumentForm.ORIGINAL, 1, false, false, false,
                List.of());
        return Dossier.open(new DossierCode(new AgencyCode("000.00.12.H62"), LocalDate.of(2026, 11, 23), 1),
                new ProcedureCode("1.005129"), "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", owner,
                List.of(component), List.of(new Fee("Lệ phí", 10_000)), 1, Channel.COUNTER,
                ResultDelivery.AT_COUNTER, RECEIVED, Optional.empty(), "canbo1", DossierStatus.RECEIVED);
    }

    @Test
    void startsWithOneHistoryRow() {
        Dossier d = received();
        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.history()).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.actor()).isEqualTo("canbo1");
        });
    }

    @Test
    void followsTheNationalStatusModelToTheReturnedResult() {
        Dossier d = received()
                .moveTo(DossierStatus.PROCESSING, RECEIVED.plusHours(1), "canbo1", "")
                .moveTo(DossierStatus.SUPPLEMENT_REQUESTED, RECEIVED.plusDays(1), "canbo1", "Thiếu bản sao")
                .moveTo(DossierStatus.PROCESSING, RECEIVED.plusDays(2), "canbo1", "")
                .moveTo(DossierStatus.PROCESSED, RECEIVED.plusDays(3), "chuyenvien", "")
                .moveTo(DossierStatus.RESULT_RETURNED, RECEIVED.plusDays(4), "canbo1", "");
        assertThat(d.history()).extracting(StatusChange::to).containsExactly(DossierStatus.RECEIVED,
                DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PROCESSING,
                DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);
        assertThat(d.history().get(2).from()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.status().isFinal()).isTrue();
    }

    @Test
    void refusesMovesTheModelDoesNotAllow() {
        assertThatThrownBy(() -> received().moveTo(DossierStatus.RESULT_RETURNED, RECEIVED, "canbo1", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RECEIVED");
    }

    @Test
    void refusesAChangeDatedBeforeTheLastOne() {
        assertThatThrownBy(() -> received().moveTo(DossierStatus.PROCESSING, RECEIVED.minusMinutes(1), "x", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"NOT_RECEIVED", "WITHDRAWN", "STOPPED", "RESULT_RETURNED"})
    void finalStatusesLeadNowhere(DossierStatus status) {
        assertThat(status.next()).isEmpty();
        assertThat(status.isFinal()).isTrue();
    }

    @Test
    void nationalCodesRoundTrip() {
        for (DossierStatus s : DossierStatus.values()) {
            assertThat(DossierStatus.ofNationalCode(s.nationalCode())).contains(s);
        }
        assertThat(DossierStatus.ofNationalCode(11)).isEmpty();
        assertThat(DossierStatus.RECEIVED.nationalCode()).isEqualTo(2);
        assertThat(DossierStatus.RESULT_RETURNED.nationalCode()).isEqualTo(10);
    }

    @Test
    void toStringNeverShowsPersonalData() {
        String text = received().toString();
        assertThat(text).doesNotContain("Nguyễn", "079203001234", "Lê Lợi", "0909123456").contains("079*******34");
    }

    @Test
    void addingAFileMarksTheComponentDigitised() {
        var file = new StoredFileRef("a".repeat(64), 10, "application/pdf", "don.pdf");
        DossierComponent c = received().components().getFirst().withFile(file);
        assertThat(c.digitised()).isTrue();
        assertThat(received().withComponents(List.of(c)).files()).containsExactly(file);
    }
}
