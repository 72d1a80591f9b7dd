package vn.motcua.app.supervisor;

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
