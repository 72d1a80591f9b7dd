package vn.motcua.store.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import vn.motcua.core.calendar.WorkCalendar;

/** A clock tests move by hand: no sleeping. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(LocalDateTime officeTime) {
        set(officeTime);
    }

    public void set(LocalDateTime officeTime) {
        now = officeTime.atZone(WorkCalendar.ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return WorkCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
