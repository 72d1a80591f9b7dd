package vn.motcua.core.statistics;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** Everything the supervisor's dashboard and the quarterly report show for one period. */
public record StatisticsReport(Period period, LocalDateTime madeAt, StatisticsTargets targets, OfficeFigures figures,
        Scorecard scorecard, StaffingAdvice staffing, List<IntakeProductivity> productivity) {
    public StatisticsReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(staffing, "staffing");
        productivity = List.copyOf(productivity);
    }
}
