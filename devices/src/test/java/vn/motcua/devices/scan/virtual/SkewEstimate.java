package vn.motcua.devices.scan.virtual;

/**
 * Projection-profile skew of a grey page, independent of how the page was made: the angle at which rows of dark
 * pixels line up best. Positive is clockwise as seen on screen (text lines fall to the right).
 */
final class SkewEstimate {
    private SkewEstimate() {
    }

    static double degrees(byte[] grey, int width, int height) {
        double best = 0;
        double bestScore = -1;
        for (int step = -60; step <= 60; step++) {
            double degrees = step * 0.05;
            double score = score(grey, width, height, Math.tan(Math.toRadians(degrees)));
            if (score > bestScore) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }

    private static double score(byte[] grey, int width, int height, double slope) {
        int margin = (int) Math.ceil(Math.abs(slope) * width) + 1;
        long[] rows = new long[height + 2 * margin];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((grey[y * width + x] & 0xFF) < 128) {
                    rows[(int) Math.round(y - x * slope) + margin]++;
                }
            }
        }
        double sum = 0;
        for (long count : rows) {
            sum += (double) count * count;
        }
        return sum;
    }
}
