package vn.motcua.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The working calendar of a one-stop counter: which days are worked, and deadline arithmetic in
 * working time.
 *
 * <p>A day's status comes from, in order: the {@link HolidayTable} entry for the date; nothing, if
 * the table covers the year; the computed {@link HolidayRules}; the ordinary working week. A
 * {@link DayKind#MAKEUP_WORKDAY} makes a rest day a working day, {@link DayKind#HOLIDAY} and
 * {@link DayKind#COMPENSATORY_OFF} take a day away.
 *
 * <p>All times are local times of {@link #ZONE} (Vietnam has no daylight saving time, so
 * {@link LocalDateTime} arithmetic is exact). Instances are thread-safe.
 */
public final class WorkCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Stops a search for working time in a calendar that, by misconfiguration, has none. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final HolidayTable table;
    private final HolidayRules rules;
    private final WorkingHours hours;
    private final Map<Integer, Map<LocalDate, CalendarEntry>> computedByYear = new ConcurrentHashMap<>();

    public WorkCalendar(HolidayTable table, HolidayRules rules, WorkingHours hours) {
        this.table = Objects.requireNonNull(table, "table");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** Bundled holiday table, Vietnamese computed defaults, 07:00–11:30 + 13:30–17:00 Monday to Friday. */
    public static WorkCalendar vietnam() {
        return new WorkCalendar(HolidayTable.bundled(), HolidayRules.vietnam(), WorkingHours.standard());
    }

    public WorkingHours workingHours() {
        return hours;
    }

    public HolidayTable holidayTable() {
        return table;
    }

    /** Why a day differs from the ordinary working week, if it does. */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        Optional<CalendarEntry> listed = table.entryOn(date);
        if (listed.isPresent() || table.covers(date.getYear())) {
            return listed;
        }
        return computedEntry(date, date.getYear()).or(() -> computedEntry(date, date.getYear() - 1));
    }

    public boolean isWorkingDay(LocalDate date) {
        return entryOn(date)
                .map(entry -> !entry.kind().isDayOff())
                .orElseGet(() -> hours.isWorkingWeekday(date.getDayOfWeek()));
    }

    /** The first working day on or after the given date. */
    public LocalDate workingDayFrom(LocalDate date) {
        LocalDate day = date;
        for (int skipped = 0; !isWorkingDay(day); skipped++) {
            requireSomeWork(skipped, date);
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * When the clock of a dossier received at {@code received} starts running: the moment itself
     * during office hours, else the start of the next session (13:30 for the lunch break, the next
     * working morning after closing or on a day off).
     */
    public LocalDateTime clockStart(LocalDateTime received) {
        LocalDate day = received.toLocalDate();
        LocalTime from = received.toLocalTime();
        for (int skipped = 0; ; skipped++, day = day.plusDays(1), from = LocalTime.MIN) {
            requireSomeWork(skipped, received.toLocalDate());
            if (isWorkingDay(day)) {
                for (WorkingHours.Session session : hours.sessions()) {
                    if (from.isBefore(session.end())) {
                        return day.atTime(later(from, session.start()));
                    }
                }
            }
        }
    }

    /**
     * The due time of a dossier.
     * <ul>
     *   <li>Working hours and working days are counted as working time from {@link #clockStart}; a
     *       working day is {@link WorkingHours#lengthOfDay()} (8 h), so 1 working day from 10:30 is
     *       10:30 of the next working day. Time ending exactly at a session's end stays there
     *       (17:00, not 07:00 the next morning).</li>
     *   <li>Calendar days: {@code received} plus N days; if that day is not a working day, the end
     *       of office hours of the next working day (as the Civil Code 2015, Art. 148(5), ends a
     *       period whose last day is a rest day at the end of the next working day).</li>
     * </ul>
     */
    public LocalDateTime dueTime(LocalDateTime received, ProcessingTime time) {
        return switch (time.unit()) {
            case WORKING_HOURS -> plusWorkingTime(received, Duration.ofHours(time.amount()));
            case WORKING_DAYS -> plusWorkingTime(received, hours.lengthOfDay().multipliedBy(time.amount()));
            case CALENDAR_DAYS -> plusCalendarDays(received, time.amount());
        };
    }

    /** The moment when {@code workingTime} of office time has passed after {@code start}. */
    public LocalDateTime plusWorkingTime(LocalDateTime start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time to add cannot be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration remaining = workingTime;
        LocalDate day = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        for (int daysWithoutWork = 0; ; day = day.plusDays(1), from = LocalTime.MIN) {
            Duration available = workingTimeWithin(day, from, LocalTime.MAX);
            if (available.isZero()) {
                requireSomeWork(++daysWithoutWork, start.toLocalDate());
            } else if (remaining.compareTo(available) <= 0) {
                return day.atTime(timeAfterWorking(from, remaining));
            } else {
                remaining = remaining.minus(available);
                daysWithoutWork = 0;
            }
        }
    }

    /** Office time between two moments; negative if {@code to} is before {@code from}. */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            LocalTime start = day.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
            LocalTime end = day.equals(to.toLocalDate()) ? to.toLocalTime() : LocalTime.MAX;
            total = total.plus(workingTimeWithin(day, start, end));
        }
        return total;
    }

    /**
     * The due time after a supplement request (status 5) has stopped the clock from
     * {@code pausedAt} to {@code resumedAt}: the old due time plus the office time paused. Measuring
     * the pause in office time means nights, weekends and holidays during the pause add nothing.
     */
    public LocalDateTime resume(LocalDateTime oldDue, LocalDateTime pausedAt, LocalDateTime resumedAt) {
        if (resumedAt.isBefore(pausedAt)) {
            throw new IllegalArgumentException("resumed at " + resumedAt + " before paused at " + pausedAt);
        }
        return plusWorkingTime(oldDue, workingTimeBetween(pausedAt, resumedAt));
    }

    private LocalDateTime plusCalendarDays(LocalDateTime received, int days) {
        LocalDateTime due = received.plusDays(days);
        if (isWorkingDay(due.toLocalDate())) {
            return due;
        }
        return workingDayFrom(due.toLocalDate()).atTime(hours.closing());
    }

    /** Office time on one day between two times of that day. */
    private Duration workingTimeWithin(LocalDate day, LocalTime from, LocalTime to) {
        if (!isWorkingDay(day)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (WorkingHours.Session session : hours.sessions()) {
            LocalTime start = later(from, session.start());
            LocalTime end = earlier(to, session.end());
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** Within one working day that has at least {@code workingTime} left after {@code from}. */
    private LocalTime timeAfterWorking(LocalTime from, Duration workingTime) {
        Duration remaining = workingTime;
        for (WorkingHours.Session session : hours.sessions()) {
            LocalTime start = later(from, session.start());
            if (start.isBefore(session.end())) {
                Duration available = Duration.between(start, session.end());
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("less than " + workingTime + " of office time after " + from);
    }

    private Optional<CalendarEntry> computedEntry(LocalDate date, int year) {
        if (table.covers(year)) {
            return Optional.empty();
        }
        return Optional.ofNullable(computedYear(year).get(date));
    }

    private Map<LocalDate, CalendarEntry> computedYear(int year) {
        return computedByYear.computeIfAbsent(year, y -> rules.daysOffFor(y, hours.workingWeekdays()).stream()
                .collect(Collectors.toUnmodifiableMap(CalendarEntry::date, Function.identity())));
    }

    private static void requireSomeWork(int daysWithoutWork, LocalDate from) {
        if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
            throw new IllegalStateException("no working day within a year after " + from + "; check the holiday table");
        }
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
