package vn.motcua.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.StatusChange;
import vn.motcua.core.sync.ProvinceDossierState.ProcessingStep;

class ProvinceStatusRuleTest {
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 8, 0);
    private static final LocalDateTime NOW = RECEIVED.plusDays(3);

    private static Dossier received() {
        return Dossier.open(new DossierCode(new AgencyCode("000.00.12.H62"), LocalDate.of(2026, 11, 23), 1),
                new ProcedureCode("1.005129"), "Cấp bản sao", new DossierOwner(OwnerType.CITIZEN, "Trần Thị Mai",
                        "079190001234", "", "", ""), List.of(), List.of(new Fee("Lệ phí", 3_000)), 1,
                Channel.COUNTER, ResultDelivery.AT_COUNTER, RECEIVED, Optional.empty(), "canbo1",
                DossierStatus.RECEIVED);
    }

    private static ProvinceDossierState pulled(DossierStatus status, LocalDateTime at, String content) {
        return new ProvinceDossierState("000.00.12.H62-261123-0001", Optional.of(status),
                List.of(new ProcessingStep(at, Optional.of(status), "Chuyên viên A", "Phòng GD", content)));
    }

    @Test
    void aProvinceOwnedStatusMovesTheDossierWithTheProvinceAsActor() {
        Dossier moved = ProvinceStatusRule.apply(received(),
                pulled(DossierStatus.PROCESSING, RECEIVED.plusHours(2), "Đang thẩm định"), NOW).orElseThrow();
        assertThat(moved.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(moved.history().getLast()).isEqualTo(new StatusChange(DossierStatus.RECEIVED,
                DossierStatus.PROCESSING, RECEIVED.plusHours(2), "tỉnh", "Đang thẩm định"));
    }

    @Test
    void theSameStatusOrAnOlderReportChangesNothing() {
        Dossier processing = received().moveTo(DossierStatus.PROCESSING, RECEIVED.plusHours(2), "tỉnh", "");
        assertThat(ProvinceStatusRule.apply(processing, pulled(DossierStatus.PROCESSING, NOW, ""), NOW)).isEmpty();
        Dossier returned = processing.moveTo(DossierStatus.PROCESSED, RECEIVED.plusDays(1), "tỉnh", "")
                .moveTo(DossierStatus.RESULT_RETURNED, RECEIVED.plusDays(2), "canbo1", "");
        assertThat(ProvinceStatusRule.apply(returned,
                pulled(DossierStatus.PROCESSED, RECEIVED.plusDays(1), ""), NOW)).isEmpty();
    }

    @Test
    void neverMovesAReturnedDossierBackAndWritesTheConflictOnce() {
        Dossier returned = received().moveTo(DossierStatus.PROCESSED, RECEIVED.plusDays(1), "tỉnh", "")
                .moveTo(DossierStatus.RESULT_RETURNED, RECEIVED.plusDays(2), "canbo1", "");
        var report = pulled(DossierStatus.PROCESSING, RECEIVED.plusDays(2).plusHours(1), "");
        Dossier noted = ProvinceStatusRule.apply(returned, report, NOW).orElseThrow();
        assertThat(noted.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        StatusChange note = noted.history().getLast();
        assertThat(note.from()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(note.actor()).isEqualTo("tỉnh");
        assertThat(note.note()).contains("4").contains("10");
        assertThat(ProvinceStatusRule.apply(noted, report, NOW)).as("written once").isEmpty();
    }

    @Test
    void theProvinceCannotSetCounterOwnedStatuses() {
        Dossier noted = ProvinceStatusRule.apply(received().moveTo(DossierStatus.PROCESSED, RECEIVED.plusDays(1),
                "tỉnh", ""), pulled(DossierStatus.RESULT_RETURNED, RECEIVED.plusDays(2), ""), NOW).orElseThrow();
        assertThat(noted.status()).isEqualTo(DossierStatus.PROCESSED);
    }

    @Test
    void anUnknownCodeIsIgnored() {
        var unknown = new ProvinceDossierState("x", Optional.empty(), List.of());
        assertThat(ProvinceStatusRule.apply(received(), unknown, NOW)).isEmpty();
    }
}
