package vn.motcua.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayRulesTest {

    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void computes2026WithCultureDayAndCompensationForGioToOnSunday() {
        List<CalendarEntry> daysOff = HolidayRules.vietnam().daysOffFor(2026, MONDAY_TO_FRIDAY);

        assertThat(daysOff).extracting(CalendarEntry::date, CalendarEntry::kind).containsExactly(
                tuple(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 2, 18), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 2, 19), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 2, 20), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 4, 26), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 4, 27), DayKind.COMPENSATORY_OFF),
                tuple(LocalDate.of(2026, 4, 30), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 5, 1), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 9, 1), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 9, 2), DayKind.HOLIDAY),
                tuple(LocalDate.of(2026, 11, 24), DayKind.HOLIDAY));
        assertThat(daysOff.get(7).name()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (26/04)");
    }

    @Test
    void cultureDayStartsOnlyFromJuly2026() {
        assertThat(HolidayRules.vietnam().daysOffFor(2025, MONDAY_TO_FRIDAY))
                .extracting(CalendarEntry::date)
                .doesNotContain(LocalDate.of(2025, 11, 24));
    }

    @Test
    void tetDaysOnAWeekendAreCompensatedAfterTheRun() {
        // Tết 2027 is Saturday 06/02: the run is Fri 05/02 .. Tue 09/02, Sat and Sun give Wed and Thu.
        assertThat(HolidayRules.vietnam().daysOffFor(2027, MONDAY_TO_FRIDAY))
                .filteredOn(entry -> entry.date().getMonthValue() == 2)
                .extracting(CalendarEntry::date, CalendarEntry::kind)
                .containsExactly(
                        tuple(LocalDate.of(2027, 2, 5), DayKind.HOLIDAY),
                        tuple(LocalDate.of(2027, 2, 6), DayKind.HOLIDAY),
                        tuple(LocalDate.of(2027, 2, 7), DayKind.HOLIDAY),
                        tuple(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY),
                        tuple(LocalDate.of(2027, 2, 9), DayKind.HOLIDAY),
                        tuple(LocalDate.of(2027, 2, 10), DayKind.COMPENSATORY_OFF),
                        tuple(LocalDate.of(2027, 2, 11), DayKind.COMPENSATORY_OFF));
    }

    @Test
    void tetSpanIsConfigurable() {
        HolidayRules twoBeforeThreeFrom = HolidayRules.vietnam(
                HolidayRules.NationalDayAdjacentDay.DAY_BEFORE, new HolidayRule.Tet(2, 3));

        assertThat(twoBeforeThreeFrom.daysOffFor(2029, MONDAY_TO_FRIDAY))
                .filteredOn(entry -> entry.name().startsWith("Tết Nguyên Đán"))
                .extracting(CalendarEntry::date, CalendarEntry::name)
                .containsExactly(
                        tuple(LocalDate.of(2029, 2, 11), "Tết Nguyên Đán (28/12 âm lịch)"),
                        tuple(LocalDate.of(2029, 2, 12), "Tết Nguyên Đán (29/12 âm lịch)"),
                        tuple(LocalDate.of(2029, 2, 13), "Tết Nguyên Đán (1/1 âm lịch)"),
                        tuple(LocalDate.of(2029, 2, 14), "Tết Nguyên Đán (2/1 âm lịch)"),
                        tuple(LocalDate.of(2029, 2, 15), "Tết Nguyên Đán (3/1 âm lịch)"));
    }

    @Test
    void nationalDayAdjacentDayIsConfigurable() {
        HolidayRules dayAfter = HolidayRules.vietnam(HolidayRules.NationalDayAdjacentDay.DAY_AFTER, new HolidayRule.Tet(1, 4));

        assertThat(dayAfter.daysOffFor(2026, MONDAY_TO_FRIDAY))
                .extracting(CalendarEntry::date)
                .contains(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3))
                .doesNotContain(LocalDate.of(2026, 9, 1));
    }

    @Test
    void fixedHolidayOnSaturdayGivesTheNextMondayOff() {
        // 01/05/2027 is a Saturday.
        assertThat(HolidayRules.vietnam().daysOffFor(2027, MONDAY_TO_FRIDAY))
                .filteredOn(entry -> entry.kind() == DayKind.COMPENSATORY_OFF)
                .extracting(CalendarEntry::date)
                .contains(LocalDate.of(2027, 5, 3));
    }

    @Test
    void solarRuleHonoursItsEffectiveDate() {
        HolidayRule cultureDay = HolidayRules.vietnam().rules().getLast();

        assertThat(cultureDay.holidaysIn(2025, LunarCalendar.vietnam())).isEmpty();
        assertThat(cultureDay.holidaysIn(2026, LunarCalendar.vietnam()))
                .extracting(CalendarEntry::date).containsExactly(LocalDate.of(2026, 11, 24));
    }
}
