package vn.motcua.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computed public holidays (Labour Code 2019, Art. 112), the fallback for years the
 * {@link HolidayTable} does not cover.
 *
 * <p>A holiday on a weekly rest day gives the next working day off (Art. 111(3)); for runs of
 * holidays such as Tết the compensatory days follow the run, one per holiday on a rest day.
 * Swapped days and make-up Saturdays are never computed: they exist only in the table.
 */
public final class HolidayRules {

    /** Resolution 28/2026/QH16: 24/11 Ngày Văn hóa Việt Nam is a holiday from this date on. */
    public static final LocalDate CULTURE_DAY_EFFECTIVE_FROM = LocalDate.of(2026, 7, 1);

    /** The second day of the National Day holiday: 2/9 and one day before or after it. */
    public enum NationalDayAdjacentDay {
        DAY_BEFORE(MonthDay.of(9, 1)),
        DAY_AFTER(MonthDay.of(9, 3));

        private final MonthDay day;

        NationalDayAdjacentDay(MonthDay day) {
            this.day = day;
        }

        public MonthDay day() {
            return day;
        }
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final LunarCalendar lunar;
    private final List<HolidayRule> rules;

    public HolidayRules(LunarCalendar lunar, List<HolidayRule> rules) {
        this.lunar = Objects.requireNonNull(lunar, "lunar");
        this.rules = List.copyOf(rules);
    }

    /** Vietnamese defaults: 1/9 next to 2/9, Tết from the last day of month 12 to lunar 1/4. */
    public static HolidayRules vietnam() {
        return vietnam(NationalDayAdjacentDay.DAY_BEFORE, new HolidayRule.Tet(1, 4));
    }

    public static HolidayRules vietnam(NationalDayAdjacentDay nationalDayAdjacentDay, HolidayRule.Tet tet) {
        return new HolidayRules(LunarCalendar.vietnam(), List.of(
                new HolidayRule.Solar(MonthDay.of(1, 1), "Tết Dương lịch"),
                tet,
                new HolidayRule.Lunar(3, 10, "Giỗ Tổ Hùng Vương"),
                new HolidayRule.Solar(MonthDay.of(4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
                new HolidayRule.Solar(MonthDay.of(5, 1), "Ngày Quốc tế Lao động"),
                new HolidayRule.Solar(nationalDayAdjacentDay.day(), "Quốc khánh (ngày liền kề)"),
                new HolidayRule.Solar(MonthDay.of(9, 2), "Quốc khánh"),
                new HolidayRule.Solar(MonthDay.of(11, 24), "Ngày Văn hóa Việt Nam", CULTURE_DAY_EFFECTIVE_FROM)));
    }

    public List<HolidayRule> rules() {
        return rules;
    }

    public LunarCalendar lunarCalendar() {
        return lunar;
    }

    /**
     * Holidays and compensatory days off caused by the holidays of a solar year, in date order.
     * A compensatory day may fall early in the next year.
     *
     * @param workingWeekdays the ordinary working week; the other weekdays are weekly rest days
     */
    public List<CalendarEntry> daysOffFor(int year, Set<DayOfWeek> workingWeekdays) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one working weekday");
        }
        NavigableMap<LocalDate, CalendarEntry> daysOff = holidaysIn(year);
        for (CalendarEntry holiday : List.copyOf(daysOff.values())) {
            if (!workingWeekdays.contains(holiday.date().getDayOfWeek())) {
                LocalDate dayOff = nextFreeWorkingWeekday(holiday.date(), daysOff, workingWeekdays);
                daysOff.put(dayOff, compensationFor(holiday, dayOff));
            }
        }
        return List.copyOf(daysOff.values());
    }

    private NavigableMap<LocalDate, CalendarEntry> holidaysIn(int year) {
        NavigableMap<LocalDate, CalendarEntry> holidays = new TreeMap<>();
        for (HolidayRule rule : rules) {
            for (CalendarEntry holiday : rule.holidaysIn(year, lunar)) {
                holidays.putIfAbsent(holiday.date(), holiday);
            }
        }
        return holidays;
    }

    private static LocalDate nextFreeWorkingWeekday(LocalDate holiday, NavigableMap<LocalDate, CalendarEntry> daysOff,
                                                    Set<DayOfWeek> workingWeekdays) {
        LocalDate day = holiday.plusDays(1);
        while (!workingWeekdays.contains(day.getDayOfWeek()) || daysOff.containsKey(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static CalendarEntry compensationFor(CalendarEntry holiday, LocalDate dayOff) {
        String name = "Nghỉ bù " + holiday.name() + " (" + holiday.date().format(DAY_MONTH) + ")";
        return new CalendarEntry(dayOff, DayKind.COMPENSATORY_OFF, name);
    }
}
