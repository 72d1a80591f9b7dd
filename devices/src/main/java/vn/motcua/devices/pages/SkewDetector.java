package vn.motcua.devices.pages;

import vn.motcua.core.scan.RawPage;

/**
 * Projection-profile skew detection: text lines give the sharpest row profile when the projection follows
 * them. Searches ±5° in coarse steps, then finely around the best; works on the ~150-dpi ink map.
 * The angle is positive when the content is turned clockwise as displayed.
 */
public final class SkewDetector {
    static final double RANGE_DEGREES = 5;
    private static final double COARSE_STEP = 0.25;
    private static final double FINE_STEP = 0.02;
    /** Fewer dark cells than this is no text to align; the page is reported straight. */
    private static final int MIN_POINTS = 1000;
    /** A profile barely sharper than the unturned one is noise (dust, a photo), not a skewed text line. */
    private static final double MIN_GAIN = 1.02;
    private static final int MAX_POINTS = 120_000;

    public double detect(RawPage raw) {
        return detect(InkMap.of(raw));
    }

    double detect(InkMap map) {
        Points points = Points.of(map);
        if (points.count < MIN_POINTS) {
            return 0;
        }
        double best = search(points, map, -RANGE_DEGREES, RANGE_DEGREES, COARSE_STEP);
        best = search(points, map, best - COARSE_STEP, best + COARSE_STEP, FINE_STEP);
        int[] bins = new int[map.height() + 2 * offset(map) + 2];
        long straight = sharpness(points, bins, 0, offset(map));
        long turned = sharpness(points, bins, Math.tan(Math.toRadians(best)), offset(map));
        if (turned < straight * MIN_GAIN) {
            return 0;
        }
        return Math.round(best * 100) / 100.0;
    }

    private static double search(Points points, InkMap map, double from, double to, double step) {
        int[] bins = new int[map.height() + 2 * offset(map) + 2];
        double bestAngle = 0;
        long bestScore = -1;
        int steps = (int) Math.round((to - from) / step);
        for (int i = 0; i <= steps; i++) {
            double angle = from + i * step;
            long score = sharpness(points, bins, Math.tan(Math.toRadians(angle)), offset(map));
            // Ties go to the angle nearest zero so a featureless page is not "deskewed".
            if (score > bestScore || score == bestScore && Math.abs(angle) < Math.abs(bestAngle)) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }

    private static int offset(InkMap map) {
        return (int) Math.ceil(map.width() * Math.tan(Math.toRadians(RANGE_DEGREES + 1))) + 1;
    }

    /** Sum of squared differences of neighbouring rows of the sheared profile. */
    private static long sharpness(Points points, int[] bins, double tan, int offset) {
        java.util.Arrays.fill(bins, 0);
        float t = (float) tan;
        int[] xs = points.xs;
        int[] ys = points.ys;
        for (int i = 0; i < points.count; i++) {
            bins[(int) (ys[i] - xs[i] * t + offset)]++;
        }
        long score = 0;
        for (int i = 1; i < bins.length; i++) {
            long d = bins[i] - bins[i - 1];
            score += d * d;
        }
        return score;
    }

    /** Cells at least half dark: stroke centres rather than anti-aliased edges. */
    private record Points(int[] xs, int[] ys, int count) {
        static Points of(InkMap map) {
            int dark = (map.factor() * map.factor() + 1) / 2;
            int total = 0;
            for (byte c : map.counts()) {
                if (c >= dark) {
                    total++;
                }
            }
            int stride = Math.max(1, (total + MAX_POINTS - 1) / MAX_POINTS);
            int[] xs = new int[total / stride + 1];
            int[] ys = new int[xs.length];
            int n = 0;
            int seen = 0;
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    if (map.count(x, y) >= dark && seen++ % stride == 0 && n < xs.length) {
                        xs[n] = x;
                        ys[n++] = y;
                    }
                }
            }
            return new Points(xs, ys, n);
        }
    }
}
