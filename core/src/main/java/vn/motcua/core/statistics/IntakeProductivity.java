package vn.motcua.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import vn.motcua.core.calendar.WorkCalendar;

/**
 * Dossiers one clerk took in, projected to a year to compare with the norms per counter staff (DOMAIN §10:
 * 1,600 province, 1,200 district or rural, 800 commune or remote). The projection is
 * intake ÷ working days elapsed in the period × working days in the year, on the office's working calendar.
 *
 * @param workingDaysElapsed working days of the period up to and including the reference day
 */
public record IntakeProductivity(String clerk, long intake, long workingDaysElapsed, long workingDaysInYear,
        OptionalDouble projectedPerYear, Map<String, Boolean> meetsNorm) {

    public IntakeProductivity {
        Objects.requireNonNull(clerk, "clerk");
        meetsNorm = Map.copyOf(meetsNorm);
    }

    public static List<IntakeProductivity> of(OfficeFigures figures, Period period, LocalDate today,
            WorkCalendar calendar, Map<String, Integer> norms) {
        LocalDate end = period.until().isAfter(today) ? today.plusDays(1) : period.until();
        long elapsed = end.isAfter(period.from())
                ? period.from().datesUntil(end).filter(calendar::isWorkingDay).count() : 0;
        LocalDate yearStart = period.from().withDayOfYear(1);
        long inYear = yearStart.datesUntil(yearStart.plusYears(1)).filter(calendar::isWorkingDay).count();
        List<IntakeProductivity> result = new ArrayList<>();
        figures.groups(figures.dossiers(), Breakdown.CLERK).forEach((key, dossiers) -> {
            OptionalDouble projected = elapsed == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) dossiers.intake() / elapsed * inYear);
            Map<String, Boolean> meets = new java.util.TreeMap<>();
            norms.forEach((level, norm) -> projected.ifPresent(p -> meets.put(level, p >= norm)));
            result.add(new IntakeProductivity(key.value(), dossiers.intake(), elapsed, inYear, projected, meets));
        });
        return result;
    }
}
