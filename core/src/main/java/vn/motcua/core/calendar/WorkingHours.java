package vn.motcua.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Office hours: the sessions of a working day and the ordinary working weekdays.
 *
 * @param sessions        in time order, not overlapping; the gaps are lunch breaks
 * @param workingWeekdays the other weekdays are weekly rest days
 */
public record WorkingHours(List<Session> sessions, Set<DayOfWeek> workingWeekdays) {

    /** A continuous stretch of office time, start inclusive, end exclusive, within one day. */
    public record Session(LocalTime start, LocalTime end) {

        public Session {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a session must start before it ends: " + start + "–" + end);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    public WorkingHours {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a working day needs at least one session");
        }
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one working weekday");
        }
        workingWeekdays = Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays));
        requireOrderedWithoutOverlap(sessions);
    }

    /** 07:00–11:30 and 13:30–17:00 (8 hours), Monday to Friday. */
    public static WorkingHours standard() {
        return new WorkingHours(
                List.of(new Session(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                        new Session(LocalTime.of(13, 30), LocalTime.of(17, 0))),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public boolean isWorkingWeekday(DayOfWeek day) {
        return workingWeekdays.contains(day);
    }

    /** The working time of one full working day; a "working day" of a deadline is this long. */
    public Duration lengthOfDay() {
        return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
    }

    public LocalTime opening() {
        return sessions.getFirst().start();
    }

    public LocalTime closing() {
        return sessions.getLast().end();
    }

    private static void requireOrderedWithoutOverlap(List<Session> sessions) {
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException("sessions must be in order and not overlap: " + sessions);
            }
        }
    }
}
