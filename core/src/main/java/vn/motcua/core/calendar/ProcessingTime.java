package vn.motcua.core.calendar;

import java.util.Objects;

/** The legal processing time of a procedure (thời hạn giải quyết), e.g. "3 ngày làm việc". */
public record ProcessingTime(int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS,
        WORKING_HOURS
    }

    public ProcessingTime {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a processing time cannot be negative: " + amount);
        }
    }

    public static ProcessingTime workingDays(int amount) {
        return new ProcessingTime(amount, Unit.WORKING_DAYS);
    }

    public static ProcessingTime calendarDays(int amount) {
        return new ProcessingTime(amount, Unit.CALENDAR_DAYS);
    }

    public static ProcessingTime workingHours(int amount) {
        return new ProcessingTime(amount, Unit.WORKING_HOURS);
    }
}
