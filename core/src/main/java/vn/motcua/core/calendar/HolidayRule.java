package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A computable public holiday: the default used for years the {@link HolidayTable} does not cover. */
public sealed interface HolidayRule {

    String name();

    /** The holiday days of this rule that fall in the given solar year. */
    List<CalendarEntry> holidaysIn(int year, LunarCalendar lunar);

    /**
     * A holiday on a fixed day of the solar calendar, in force from a given date (the 24/11 Culture
     * Day only exists from 2026-07-01).
     */
    record Solar(MonthDay day, String name, LocalDate effectiveFrom) implements HolidayRule {

        public Solar {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }

        public Solar(MonthDay day, String name) {
            this(day, name, LocalDate.MIN);
        }

        @Override
        public List<CalendarEntry> holidaysIn(int year, LunarCalendar lunar) {
            if (!day.isValidYear(year) || day.atYear(year).isBefore(effectiveFrom)) {
                return List.of();
            }
            return List.of(new CalendarEntry(day.atYear(year), DayKind.HOLIDAY, name));
        }
    }

    /**
     * A holiday on a fixed day of the lunar calendar (in the ordinary, not the leap, month). Day 30
     * in a 29-day month means the month's last day.
     */
    record Lunar(int month, int day, String name) implements HolidayRule {

        public Lunar {
            if (month < 1 || month > 12 || day < 1 || day > 30) {
                throw new IllegalArgumentException("no lunar day " + day + "/" + month);
            }
            Objects.requireNonNull(name, "name");
        }

        @Override
        public List<CalendarEntry> holidaysIn(int year, LunarCalendar lunar) {
            List<CalendarEntry> holidays = new ArrayList<>();
            for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
                LocalDate date = solarDate(lunarYear, lunar);
                if (date.getYear() == year) {
                    holidays.add(new CalendarEntry(date, DayKind.HOLIDAY, name));
                }
            }
            return holidays;
        }

        private LocalDate solarDate(int lunarYear, LunarCalendar lunar) {
            int lastDay = lunar.lengthOfMonth(lunarYear, month, false);
            return lunar.toSolar(lunarYear, month, Math.min(day, lastDay), false);
        }
    }

    /**
     * Tết Nguyên Đán: {@code daysBefore} days before lunar 1/1 (1 = the last day of month 12, 29 or
     * 30 Chạp) and {@code daysFrom} days from lunar 1/1 on. The Labour Code gives 5 days and lets the
     * government place them every year; the default {@code Tet(1, 4)} is the usual choice.
     */
    record Tet(int daysBefore, int daysFrom, String name) implements HolidayRule {

        public static final String TET_NGUYEN_DAN = "Tết Nguyên Đán";

        public Tet {
            if (daysBefore < 0 || daysFrom < 1) {
                throw new IllegalArgumentException("Tết needs daysBefore >= 0 and daysFrom >= 1: " + daysBefore + ", " + daysFrom);
            }
            Objects.requireNonNull(name, "name");
        }

        public Tet(int daysBefore, int daysFrom) {
            this(daysBefore, daysFrom, TET_NGUYEN_DAN);
        }

        public int length() {
            return daysBefore + daysFrom;
        }

        @Override
        public List<CalendarEntry> holidaysIn(int year, LunarCalendar lunar) {
            LocalDate newYear = lunar.newYear(year);
            List<CalendarEntry> holidays = new ArrayList<>();
            for (LocalDate day = newYear.minusDays(daysBefore); day.isBefore(newYear.plusDays(daysFrom)); day = day.plusDays(1)) {
                if (day.getYear() == year) {
                    holidays.add(new CalendarEntry(day, DayKind.HOLIDAY, name + " (" + lunarDayMonth(lunar.toLunar(day)) + ")"));
                }
            }
            return holidays;
        }

        private static String lunarDayMonth(LunarDate date) {
            return date.day() + "/" + date.month() + " âm lịch";
        }
    }
}
