package vn.motcua.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.motcua.core.calendar.WorkCalendar;

/**
 * The office's clock, stopped at 08:00 of a working day: inside the demo services' morning issuing window
 * (07:00–11:00), so the kiosk's rules never refuse. It moves on only when told, a working day at a time.
 */
final class OfficeClock extends Clock {
    /** A Monday with no holiday. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private final WorkCalendar calendar;
    private volatile LocalDate today;
    private volatile Instant instant;

    OfficeClock(WorkCalendar calendar) {
        this.calendar = calendar;
        moveTo(calendar.workingDayFrom(FIRST_DAY));
    }

    LocalDate today() {
        return today;
    }

    void nextWorkingDay() {
        moveTo(calendar.workingDayFrom(today.plusDays(1)));
    }

    @Override
    public ZoneId getZone() {
        return WorkCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    private void moveTo(LocalDate day) {
        today = day;
        instant = day.atTime(MORNING).atZone(WorkCalendar.ZONE).toInstant();
    }
}
