package vn.motcua.core.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days a report covers, {@code from} inclusive to {@code until} exclusive, in office time. Weeks start on
 * Monday (ISO, as Vietnamese calendars do); quarters are calendar quarters (Q1 = January to March).
 */
public record Period(Kind kind, LocalDate from, LocalDate until) {
    public enum Kind { DAY, WEEK, MONTH, QUARTER, YEAR, CUSTOM }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("A period has at least one day: " + from + " .. " + until);
        }
    }

    public static Period day(LocalDate day) {
        return new Period(Kind.DAY, day, day.plusDays(1));
    }

    public static Period week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusWeeks(1));
    }

    public static Period month(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfMonth(1);
        return new Period(Kind.MONTH, first, first.plusMonths(1));
    }

    public static Period quarter(LocalDate anyDay) {
        LocalDate first = LocalDate.of(anyDay.getYear(), (anyDay.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new Period(Kind.QUARTER, first, first.plusMonths(3));
    }

    public static Period year(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfYear(1);
        return new Period(Kind.YEAR, first, first.plusYears(1));
    }

    /** From the first to the last day, both included. */
    public static Period custom(LocalDate first, LocalDate last) {
        return new Period(Kind.CUSTOM, first, last.plusDays(1));
    }

    public static Period of(Kind kind, LocalDate anyDay) {
        return switch (kind) {
            case DAY -> day(anyDay);
            case WEEK -> week(anyDay);
            case MONTH -> month(anyDay);
            case QUARTER -> quarter(anyDay);
            case YEAR -> year(anyDay);
            case CUSTOM -> throw new IllegalArgumentException("A custom period needs its first and last day");
        };
    }

    /** The last day included. */
    public LocalDate last() {
        return until.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    public Stream<LocalDate> days() {
        return from.datesUntil(until);
    }

    /** The same kind of period just before this one (custom: the same number of days). */
    public Period previous() {
        return switch (kind) {
            case DAY -> day(from.minusDays(1));
            case WEEK -> week(from.minusWeeks(1));
            case MONTH -> month(from.minusMonths(1));
            case QUARTER -> quarter(from.minusMonths(3));
            case YEAR -> year(from.minusYears(1));
            case CUSTOM -> new Period(Kind.CUSTOM, from.minusDays(until.toEpochDay() - from.toEpochDay()), from);
        };
    }
}
