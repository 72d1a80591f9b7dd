package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;

class IntakeProductivityTest {
    @Test
    void intakeSoFarIsProjectedOverTheYearsWorkingDays() {
        WorkCalendar calendar = WorkCalendar.vietnam();
        LocalDate today = LocalDate.of(2026, 11, 23);
        // November 2026 up to Monday 23rd: 16 working days (1st is a Sunday; 24/11 is the new holiday, after today)
        DossierFigures an = new DossierFigures(110, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        DossierFigures binh = new DossierFigures(70, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        OfficeFigures figures = new OfficeFigures(Map.of(), Map.of(),
                Map.of(GroupKey.clerk("an"), an, GroupKey.clerk("binh"), binh), Map.of());
        var rows = IntakeProductivity.of(figures, Period.month(today), today, calendar,
                Map.of("PROVINCE", 1600, "DISTRICT", 1200, "COMMUNE", 800));

        assertThat(rows).extracting(IntakeProductivity::clerk).containsExactly("an", "binh");
        IntakeProductivity first = rows.getFirst();
        assertThat(first.workingDaysElapsed()).isEqualTo(16);
        long inYear = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(calendar::isWorkingDay).count();
        assertThat(first.workingDaysInYear()).isEqualTo(inYear).isBetween(240L, 255L);
        assertThat(first.projectedPerYear().getAsDouble()).isCloseTo(100.0 / 16 * inYear, within(1e-9));
        // about 1,550 a year: meets the district and commune norms, not the province's
        assertThat(first.meetsNorm()).containsExactlyInAnyOrderEntriesOf(
                Map.of("PROVINCE", false, "DISTRICT", true, "COMMUNE", true));
        // 60 / 16 × ~248 ≈ 930: the commune norm only
        assertThat(rows.get(1).meetsNorm()).containsEntry("COMMUNE", true).containsEntry("DISTRICT", false);
    }

    @Test
    void aPeriodNotYetStartedHasNoProjection() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        OfficeFigures figures = new OfficeFigures(Map.of(), Map.of(), Map.of(GroupKey.clerk("an"),
                DossierFigures.NONE), Map.of());
        var rows = IntakeProductivity.of(figures, Period.month(today.plusMonths(1)), today, WorkCalendar.vietnam(),
                Map.of("PROVINCE", 1600));
        assertThat(rows.getFirst().projectedPerYear()).isEmpty();
        assertThat(rows.getFirst().meetsNorm()).isEmpty();
    }
}
