package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    @Test
    void periodsAroundADay() {
        assertThat(Period.day(THURSDAY).days()).containsExactly(THURSDAY);
        assertThat(Period.week(THURSDAY).from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Period.week(THURSDAY).last()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(Period.month(THURSDAY).until()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Period.quarter(THURSDAY).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.quarter(THURSDAY).last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.quarter(LocalDate.of(2026, 3, 31)).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.custom(THURSDAY, THURSDAY.plusDays(2)).days()).hasSize(3);
    }

    @Test
    void previousPeriods() {
        assertThat(Period.quarter(THURSDAY).previous().from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.week(THURSDAY).previous().from()).isEqualTo(LocalDate.of(2026, 11, 16));
        Period custom = Period.custom(THURSDAY, THURSDAY.plusDays(2));
        assertThat(custom.previous().until()).isEqualTo(THURSDAY);
        assertThat(custom.previous().days()).hasSize(3);
    }

    @Test
    void anEmptyPeriodIsRefused() {
        assertThatThrownBy(() -> Period.custom(THURSDAY, THURSDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
