package vn.motcua.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.motcua.core.calendar.ProcessingTime.calendarDays;
import static vn.motcua.core.calendar.ProcessingTime.workingDays;
import static vn.motcua.core.calendar.ProcessingTime.workingHours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private final WorkCalendar calendar = WorkCalendar.vietnam();
    private final WorkCalendar computedOnly =
            new WorkCalendar(HolidayTable.empty(), HolidayRules.vietnam(), WorkingHours.standard());

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    @Nested
    class WorkingDays {

        @Test
        void weekendsAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue(); // Friday
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        }

        @Test
        void cultureDayIsAHolidayFrom2026Only() {
            assertThat(LocalDate.of(2026, 11, 24).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
            assertThat(computedOnly.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
            assertThat(computedOnly.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
        }

        @Test
        void gioTo2026OnSundayGivesMondayOffFromTableAndFromRules() {
            LocalDate monday = LocalDate.of(2026, 4, 27);
            assertThat(calendar.isWorkingDay(monday)).isFalse();
            assertThat(calendar.entryOn(monday)).map(CalendarEntry::kind).hasValue(DayKind.COMPENSATORY_OFF);
            assertThat(computedOnly.isWorkingDay(monday)).isFalse();
            assertThat(computedOnly.entryOn(monday)).map(CalendarEntry::kind).hasValue(DayKind.COMPENSATORY_OFF);
        }

        @Test
        void bundledMakeUpSaturdayAndSwappedFriday2025() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        }

        @Test
        void aCoveredYearIgnoresTheComputedDefaults() {
            // The computed Tết 2025 (29 Chạp .. mùng 4 = 28/01 .. 01/02, Saturday 01/02 compensated on
            // Monday 03/02) differs from the announced one (27/01 .. 31/01); 2025 is covered.
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
            assertThat(computedOnly.isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();
            assertThat(computedOnly.isWorkingDay(LocalDate.of(2025, 2, 3))).isFalse();
        }

        @Test
        void anUncoveredYearUsesTheTableRowsAndTheComputedDefaults() {
            // 2026 is not covered: 01/09 is not in the bundled table but comes from the rules.
            assertThat(calendar.holidayTable().entryOn(LocalDate.of(2026, 9, 1))).isEmpty();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        }

        @Test
        void fallsBackToComputedHolidaysForYearsBeyondTheTable() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 1))).isFalse(); // Tết eve, Friday
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 4))).isFalse(); // mùng 3
            // Tết 2030 is Saturday 02/02: Saturday and Sunday are compensated on Wed 06 and Thu 07.
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 7))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 8))).isTrue();
        }
    }

    @Nested
    class DueTime {

        @Test
        void workingHoursSkipLunch() {
            assertThat(calendar.dueTime(at(2026, 3, 2, 10, 30), workingHours(2))).isEqualTo(at(2026, 3, 2, 14, 30));
        }

        @Test
        void workingDayEndsAtTheSameTimeNextWorkingDay() {
            assertThat(calendar.dueTime(at(2026, 3, 2, 10, 30), workingDays(1))).isEqualTo(at(2026, 3, 3, 10, 30));
            assertThat(calendar.dueTime(at(2026, 3, 2, 7, 0), workingDays(1))).isEqualTo(at(2026, 3, 2, 17, 0));
        }

        @Test
        void acrossAWeekend() {
            // Friday 15:00: 2 h on Friday, 6 h on Monday.
            assertThat(calendar.dueTime(at(2026, 3, 6, 15, 0), workingDays(1))).isEqualTo(at(2026, 3, 9, 15, 0));
        }

        @Test
        void acrossTet2026() {
            // Friday 13/02 08:00: 7 h on Friday; 14/02 .. 22/02 off; Mon 23 and Tue 24 (16 h); 1 h on Wed 25.
            assertThat(calendar.dueTime(at(2026, 2, 13, 8, 0), workingDays(3))).isEqualTo(at(2026, 2, 25, 8, 0));
        }

        @Test
        void acrossACompensatoryDayAndTheApril30Holidays() {
            // Fri 24/04/2026 08:00: 7 h; Mon 27/04 compensatory for Giỗ Tổ; Tue 28 + Wed 29 (16 h);
            // Thu 30/04 and Fri 01/05 holidays, weekend; 1 h on Monday 04/05.
            assertThat(calendar.dueTime(at(2026, 4, 24, 8, 0), workingDays(3))).isEqualTo(at(2026, 5, 4, 8, 0));
        }

        @Test
        void aMakeUpSaturdayCounts() {
            HolidayTable swap = HolidayTable.parse("office.tsv", """
                    # version: test
                    date\tkind\tname
                    2027-03-13\tMAKEUP_WORKDAY\tLàm bù cho thứ Hai 15/03
                    2027-03-15\tCOMPENSATORY_OFF\tNghỉ hoán đổi
                    """);
            WorkCalendar withSwap = new WorkCalendar(swap, HolidayRules.vietnam(), WorkingHours.standard());
            LocalDateTime fridayAfternoon = at(2027, 3, 12, 16, 0);

            assertThat(withSwap.dueTime(fridayAfternoon, workingDays(1))).isEqualTo(at(2027, 3, 13, 16, 0));
            assertThat(withSwap.dueTime(fridayAfternoon, workingDays(2))).isEqualTo(at(2027, 3, 16, 16, 0));
            assertThat(computedOnly.dueTime(fridayAfternoon, workingDays(1))).isEqualTo(at(2027, 3, 15, 16, 0));
        }

        @Test
        void bundledMakeUpSaturday2025Counts() {
            assertThat(calendar.dueTime(at(2025, 4, 25, 16, 0), workingDays(1))).isEqualTo(at(2025, 4, 26, 16, 0));
        }

        @Test
        void receivedAfterClosingStartsNextWorkingMorning() {
            LocalDateTime evening = at(2026, 3, 2, 17, 30);
            assertThat(calendar.clockStart(evening)).isEqualTo(at(2026, 3, 3, 7, 0));
            assertThat(calendar.dueTime(evening, workingDays(1))).isEqualTo(at(2026, 3, 3, 17, 0));
            assertThat(calendar.dueTime(evening, workingHours(4))).isEqualTo(at(2026, 3, 3, 11, 0));
        }

        @Test
        void receivedOnSundayStartsMonday() {
            LocalDateTime sunday = at(2026, 3, 8, 10, 0);
            assertThat(calendar.clockStart(sunday)).isEqualTo(at(2026, 3, 9, 7, 0));
            assertThat(calendar.dueTime(sunday, workingDays(1))).isEqualTo(at(2026, 3, 9, 17, 0));
        }

        @Test
        void receivedDuringLunchStartsAt1330() {
            LocalDateTime lunch = at(2026, 3, 2, 12, 15);
            assertThat(calendar.clockStart(lunch)).isEqualTo(at(2026, 3, 2, 13, 30));
            assertThat(calendar.dueTime(lunch, workingHours(2))).isEqualTo(at(2026, 3, 2, 15, 30));
        }

        @Test
        void cultureDay2026IsSkippedButNot2025() {
            // Monday 08:00, 2 working days: 7 h Monday, Tuesday 24/11/2026 off, 8 h Wednesday, 1 h Thursday.
            assertThat(calendar.dueTime(at(2026, 11, 23, 8, 0), workingDays(2))).isEqualTo(at(2026, 11, 26, 8, 0));
            assertThat(calendar.dueTime(at(2025, 11, 24, 8, 0), workingDays(2))).isEqualTo(at(2025, 11, 26, 8, 0));
        }

        @Test
        void calendarDaysLandingOnARestDayMoveToTheEndOfTheNextWorkingDay() {
            assertThat(calendar.dueTime(at(2026, 3, 2, 9, 0), calendarDays(3))).isEqualTo(at(2026, 3, 5, 9, 0));
            assertThat(calendar.dueTime(at(2026, 3, 2, 9, 0), calendarDays(5))).isEqualTo(at(2026, 3, 9, 17, 0));
            assertThat(calendar.dueTime(at(2026, 2, 6, 10, 0), calendarDays(10))).isEqualTo(at(2026, 2, 23, 17, 0));
        }

        @Test
        void zeroProcessingTimeIsDueOnReceipt() {
            assertThat(calendar.dueTime(at(2026, 3, 2, 9, 0), workingDays(0))).isEqualTo(at(2026, 3, 2, 9, 0));
        }

        @Test
        void processingTimeCannotBeNegative() {
            assertThatIllegalArgumentException().isThrownBy(() -> workingDays(-1));
        }
    }

    @Nested
    class WorkingTimeAndSupplementPause {

        @Test
        void workingTimeBetweenSkipsLunchNightsAndDaysOff() {
            assertThat(calendar.workingTimeBetween(at(2026, 3, 2, 10, 30), at(2026, 3, 2, 14, 30))).isEqualTo(Duration.ofHours(2));
            assertThat(calendar.workingTimeBetween(at(2026, 3, 6, 16, 0), at(2026, 3, 9, 8, 0))).isEqualTo(Duration.ofHours(2));
            assertThat(calendar.workingTimeBetween(at(2026, 2, 13, 7, 0), at(2026, 2, 23, 17, 0))).isEqualTo(Duration.ofHours(16));
            assertThat(calendar.workingTimeBetween(at(2026, 3, 7, 8, 0), at(2026, 3, 8, 16, 0))).isZero();
        }

        @Test
        void workingTimeBetweenIsNegativeBackwards() {
            assertThat(calendar.workingTimeBetween(at(2026, 3, 2, 14, 30), at(2026, 3, 2, 10, 30))).isEqualTo(Duration.ofHours(-2));
        }

        @Test
        void pauseFromFridayToTuesdayOverAWeekendWithMondayOffAddsTwoHours() {
            // Fri 24/04/2026 16:00 .. Tue 28/04 08:00: 1 h Friday + 1 h Tuesday (Monday 27/04 is compensatory).
            LocalDateTime pausedAt = at(2026, 4, 24, 16, 0);
            LocalDateTime resumedAt = at(2026, 4, 28, 8, 0);
            assertThat(calendar.workingTimeBetween(pausedAt, resumedAt)).isEqualTo(Duration.ofHours(2));

            assertThat(calendar.resume(at(2026, 4, 28, 10, 0), pausedAt, resumedAt)).isEqualTo(at(2026, 4, 28, 14, 0));
        }

        @Test
        void pauseOverAnOrdinaryWeekendCountsTheWorkingMonday() {
            // Fri 16:00 .. Mon 08:00 is 1 h + 1 h; Fri 16:00 .. Tue 08:00 is 1 h + 8 h + 1 h.
            LocalDateTime pausedAt = at(2026, 3, 6, 16, 0);
            LocalDateTime oldDue = at(2026, 3, 10, 16, 0);
            assertThat(calendar.resume(oldDue, pausedAt, at(2026, 3, 9, 8, 0))).isEqualTo(at(2026, 3, 11, 8, 0));
            assertThat(calendar.resume(oldDue, pausedAt, at(2026, 3, 10, 8, 0))).isEqualTo(at(2026, 3, 12, 8, 0));
        }

        @Test
        void pauseThatEndsBeforeItStartsIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.resume(at(2026, 3, 10, 16, 0), at(2026, 3, 9, 8, 0), at(2026, 3, 6, 16, 0)));
        }
    }

    @Nested
    class ConfigurableHours {

        @Test
        void standardDayIsEightHoursMondayToFriday() {
            WorkingHours standard = WorkingHours.standard();
            assertThat(standard.lengthOfDay()).isEqualTo(Duration.ofHours(8));
            assertThat(standard.opening()).isEqualTo(LocalTime.of(7, 0));
            assertThat(standard.closing()).isEqualTo(LocalTime.of(17, 0));
            assertThat(standard.workingWeekdays()).containsExactlyInAnyOrder(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        }

        @Test
        void customSessionsAndSaturdayWork() {
            WorkingHours sixDays = new WorkingHours(
                    List.of(new WorkingHours.Session(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                            new WorkingHours.Session(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
            WorkCalendar office = new WorkCalendar(HolidayTable.empty(), HolidayRules.vietnam(), sixDays);

            assertThat(office.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
            assertThat(office.dueTime(at(2026, 3, 6, 15, 0), workingDays(1))).isEqualTo(at(2026, 3, 7, 15, 0));
        }

        @Test
        void sessionsMustNotOverlap() {
            assertThatIllegalArgumentException().isThrownBy(() -> new WorkingHours(
                    List.of(new WorkingHours.Session(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                            new WorkingHours.Session(LocalTime.of(11, 0), LocalTime.of(17, 0))),
                    EnumSet.of(DayOfWeek.MONDAY)));
            assertThatIllegalArgumentException().isThrownBy(() -> new WorkingHours.Session(LocalTime.of(17, 0), LocalTime.of(7, 0)));
        }
    }
}
