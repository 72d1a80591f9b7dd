package vn.motcua.core.statistics;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.core.calendar.WorkCalendar;

/** Makes the supervisor's report of a period from the desk's records, the office's targets and the scorecard. */
public final class OfficeStatistics {
    private final StatisticsSource source;
    private final WorkCalendar calendar;
    private final ScorecardDefinition scorecard;
    private final Clock clock;

    public OfficeStatistics(StatisticsSource source, WorkCalendar calendar, ScorecardDefinition scorecard,
            Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StatisticsReport report(Period period, StatisticsTargets targets) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
        OfficeFigures figures = source.figures(period, targets);
        return new StatisticsReport(period, now, targets, figures, Scorecard.of(scorecard, figures),
                new StaffingAdvisor(targets).advise(figures),
                IntakeProductivity.of(figures, period, now.toLocalDate(), calendar, targets.intakeNorms()));
    }

    public StatisticsRecords records(Period period) {
        return source.records(period);
    }

    public ScorecardDefinition scorecard() {
        return scorecard;
    }
}
