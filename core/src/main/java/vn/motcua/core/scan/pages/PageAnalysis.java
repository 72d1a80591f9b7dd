package vn.motcua.core.scan.pages;

/**
 * What the page pipeline found on a raw page. {@code inkRatio} is the share of the page (inside its
 * margins) covered by ink once dust is ignored; {@code marks} counts letter-sized or larger marks;
 * {@code skewDegrees} is the detected skew (positive = clockwise). Blank pages are flagged for the clerk,
 * never dropped.
 */
public record PageAnalysis(boolean blank, double inkRatio, int marks, double skewDegrees) {
    public PageAnalysis {
        if (!(inkRatio >= 0 && inkRatio <= 1)) {
            throw new IllegalArgumentException("inkRatio must be 0..1");
        }
        if (marks < 0) {
            throw new IllegalArgumentException("marks must not be negative");
        }
        if (!Double.isFinite(skewDegrees)) {
            throw new IllegalArgumentException("skewDegrees must be finite");
        }
    }
}
