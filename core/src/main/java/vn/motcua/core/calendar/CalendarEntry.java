package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day of the working calendar that differs from the ordinary working week. */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a calendar entry needs a name: " + date + " " + kind);
        }
    }
}
