package vn.motcua.core.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A Decision 766 scorecard worked out from the desk's figures. Indicators the desk holds no data for are
 * NOT_COMPUTABLE and those it could compute but had nothing to count in the period are NO_DATA: neither is ever
 * shown as zero, and the score is given out of the points that were actually computed.
 */
public record Scorecard(ScorecardDefinition definition, List<Line> lines) {

    public enum Status { SCORED, NO_DATA, NOT_COMPUTABLE }

    /** @param value the measure (a share, 0..1) when scored; points = indicator points × min(1, value / fullAt) */
    public record Line(ScorecardDefinition.Indicator indicator, Status status, OptionalDouble value,
            OptionalDouble points) {
        public Line {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(status, "status");
        }
    }

    public Scorecard {
        lines = List.copyOf(lines);
    }

    public static Scorecard of(ScorecardDefinition definition, OfficeFigures figures) {
        DossierFigures dossiers = figures.dossiers(GroupKey.TOTAL);
        SatisfactionFigures ratings = figures.satisfaction(GroupKey.TOTAL);
        List<Line> lines = definition.indicators().stream().map(indicator -> {
            if (indicator.measure() == ScorecardDefinition.Measure.NOT_COMPUTABLE) {
                return new Line(indicator, Status.NOT_COMPUTABLE, OptionalDouble.empty(), OptionalDouble.empty());
            }
            OptionalDouble value = measure(indicator.measure(), dossiers, ratings);
            if (value.isEmpty()) {
                return new Line(indicator, Status.NO_DATA, OptionalDouble.empty(), OptionalDouble.empty());
            }
            double share = Math.max(0, value.getAsDouble());
            double points = indicator.points() * Math.min(1, share / indicator.fullAt());
            return new Line(indicator, Status.SCORED, value, OptionalDouble.of(points));
        }).toList();
        return new Scorecard(definition, lines);
    }

    static OptionalDouble measure(ScorecardDefinition.Measure measure, DossierFigures dossiers,
            SatisfactionFigures ratings) {
        return switch (measure) {
            case ON_TIME_SHARE -> dossiers.onTimeShare();
            case INTAKE_SATISFACTION_R -> {
                OptionalDouble late = dossiers.lateShare();
                OptionalDouble complained = ratings.unsatisfiedShare();
                yield late.isPresent() && complained.isPresent()
                        ? OptionalDouble.of(1 - (late.getAsDouble() + complained.getAsDouble()))
                        : OptionalDouble.empty();
            }
            case SATISFIED_SHARE -> ratings.satisfiedShare();
            case DIGITISED_SHARE -> dossiers.digitisedShare();
            case REUSED_SHARE -> dossiers.reusedShare();
            case NATIONAL_STORE_SHARE -> dossiers.nationalStoreShare();
            case NOT_COMPUTABLE -> OptionalDouble.empty();
        };
    }

    /** Points earned by the scored indicators. */
    public double earned() {
        return lines.stream().mapToDouble(line -> line.points().orElse(0)).sum();
    }

    /** The points the scored indicators were worth: the score is {@link #earned()} out of this. */
    public double scoredOutOf() {
        return lines.stream().filter(line -> line.status() == Status.SCORED)
                .mapToDouble(line -> line.indicator().points()).sum();
    }

    /** The points of indicators the desk cannot compute at all. */
    public double notComputable() {
        return lines.stream().filter(line -> line.status() == Status.NOT_COMPUTABLE)
                .mapToDouble(line -> line.indicator().points()).sum();
    }
}
