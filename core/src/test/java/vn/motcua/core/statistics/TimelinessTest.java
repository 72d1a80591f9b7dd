package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.DossierStatus;

class TimelinessTest {
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 8, 0);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 25, 17, 0);

    static DossierRecord dossier(DossierStatus status, Optional<LocalDateTime> due, Optional<LocalDateTime> processed,
            int supplements) {
        return new DossierRecord("d", "1.000001", RECEIVED, "an", OptionalInt.empty(), DossierStatus.RECEIVED, status,
                due, processed, supplements, Optional.empty(), Optional.empty(), 0, 0, 0, 0);
    }

    @Test
    void endedAtTheDueTimeExactlyIsOnTimeAndAMinuteLaterIsLate() {
        assertThat(Timeliness.of(dossier(DossierStatus.PROCESSED, Optional.of(DUE), Optional.of(DUE), 0), DUE))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(dossier(DossierStatus.PROCESSED, Optional.of(DUE), Optional.of(DUE.plusMinutes(1)),
                0), DUE)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void oneSupplementRequestIsAllowedAndASecondMakesItLateEvenWhenEarly() {
        LocalDateTime early = DUE.minusDays(2);
        assertThat(Timeliness.of(dossier(DossierStatus.PROCESSED, Optional.of(DUE), Optional.of(early), 1), DUE))
                .isEqualTo(Timeliness.ON_TIME);
        Timeliness twice = Timeliness.of(dossier(DossierStatus.PROCESSED, Optional.of(DUE), Optional.of(early), 2),
                DUE);
        assertThat(twice).isEqualTo(Timeliness.LATE_BY_SUPPLEMENTS);
        assertThat(twice.isLate()).isTrue();
    }

    @Test
    void openDossiersAreOpenOrOverdueAndThoseWithoutADueTimeAreNotJudged() {
        assertThat(Timeliness.of(dossier(DossierStatus.PROCESSING, Optional.of(DUE), Optional.empty(), 0), DUE))
                .isEqualTo(Timeliness.OPEN);
        assertThat(Timeliness.of(dossier(DossierStatus.PROCESSING, Optional.of(DUE), Optional.empty(), 0),
                DUE.plusSeconds(1))).isEqualTo(Timeliness.OPEN_OVERDUE);
        assertThat(Timeliness.of(dossier(DossierStatus.NOT_RECEIVED, Optional.empty(), Optional.empty(), 0), DUE))
                .isEqualTo(Timeliness.NOT_APPLICABLE);
        assertThat(Timeliness.of(dossier(DossierStatus.WITHDRAWN, Optional.of(DUE), Optional.empty(), 0),
                DUE.plusDays(1))).isEqualTo(Timeliness.NOT_APPLICABLE);
    }
}
