package vn.motcua.app.supervisor;

import java.util.Locale;
import vn.motcua.app.i18n.Messages;
import vn.motcua.core.statistics.IntakeProductivity;
import vn.motcua.core.statistics.StatisticsTargets;

/** The rows the supervisor screen shows, every value already formatted for the screen. */
public final class Lines {
    private Lines() {
    }

    /** Queue figures of one group (a service, a counter, a clerk, an hour). */
    public record QueueLine(String group, String issued, String served, String noShow, String transferred,
            String waitMean, String waitMedian, String waitP90, String waitMax, String withinFirst,
            String withinSecond, String serviceMean, String serviceMedian) {
    }

    public record SatisfactionLine(String group, String counted, String verySatisfied, String satisfied,
            String neutral, String unsatisfied, String satisfiedShare, String flagged) {
    }

    public record ReasonLine(String reason, String count) {
    }

    public record ScoreLine(String indicator, String status, String value, String points) {
    }

    public record StaffingLine(String slot, String arrivals, String service, String load, String needed,
            String open, String modelWait, String measuredWait, boolean understaffed) {
    }

    public record IntakeLine(String clerk, String intake, String projected, String norms) {
        /** A clerk's intake against the norms of each office level, as the screen and the report show it. */
        static IntakeLine of(IntakeProductivity p, StatisticsTargets targets, Messages messages, Locale locale) {
            String norms = p.meetsNorm().entrySet().stream()
                    .map(e -> messages.format(e.getValue() ? "supervisor.intake.meets" : "supervisor.intake.below",
                            normName(e.getKey(), messages), Figures.count(targets.intakeNorms().get(e.getKey()),
                                    locale)))
                    .reduce((a, b) -> a + " · " + b).orElse(Figures.NONE);
            return new IntakeLine(p.clerk(), Figures.count(p.intake(), locale),
                    p.projectedPerYear().isPresent()
                            ? Figures.count(Math.round(p.projectedPerYear().getAsDouble()), locale) : Figures.NONE,
                    norms);
        }

        private static String normName(String level, Messages messages) {
            return switch (level) {
                case "PROVINCE" -> messages.get("supervisor.norm.province");
                case "DISTRICT" -> messages.get("supervisor.norm.district");
                case "COMMUNE" -> messages.get("supervisor.norm.commune");
                default -> level;
            };
        }
    }

    public record DossierLine(String label, String value) {
    }

    /** One bar of a chart, or one point of a trend. */
    public record Bar(String label, double value) {
    }

    /** Arrivals and services finished in one hour. */
    public record HourBar(String hour, double issued, double served) {
    }

    public record LiveServiceLine(String service, String waiting, String longestWait, boolean overTarget) {
    }

    public record LiveCounterLine(String counter, String state, String ticket) {
    }
}
