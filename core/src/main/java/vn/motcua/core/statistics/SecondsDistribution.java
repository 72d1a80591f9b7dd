package vn.motcua.core.statistics;

import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Durations in whole seconds (wait, service), kept as a histogram: each distinct value with how many times it
 * occurred. Exact, mergeable across days, counters and services, and small (a day's waits have a few hundred
 * distinct values), so period statistics are a merge of day histograms rather than a re-read of every ticket.
 *
 * <p><b>Percentiles</b> use linear interpolation between closest ranks (Hyndman and Fan type 7, the method of
 * Excel's {@code PERCENTILE.INC}, LibreOffice's {@code PERCENTILE} and NumPy's default): for n sorted values
 * x<sub>0</sub>..x<sub>n-1</sub> and 0 &le; p &le; 1, h = (n − 1)·p, P = x<sub>⌊h⌋</sub> + (h − ⌊h⌋)·(x<sub>⌊h⌋+1</sub>
 * − x<sub>⌊h⌋</sub>). So the median is the usual median (the mean of the two middle values for an even count),
 * and a supervisor checking the raw XLSX export in a spreadsheet gets the same figures. Results are in seconds
 * with fractions; nothing is rounded to minutes.
 */
public final class SecondsDistribution {
    private static final SecondsDistribution EMPTY = new SecondsDistribution(new long[0], new long[0]);

    /** Distinct values, ascending. */
    private final long[] values;
    /** How many times each value occurred; same length as values, every count &gt; 0. */
    private final long[] counts;
    private final long total;
    private final double sum;

    private SecondsDistribution(long[] values, long[] counts) {
        this.values = values;
        this.counts = counts;
        long n = 0;
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            n += counts[i];
            s += (double) values[i] * counts[i];
        }
        this.total = n;
        this.sum = s;
    }

    public static SecondsDistribution empty() {
        return EMPTY;
    }

    /** From single observations, in any order. */
    public static SecondsDistribution of(long... seconds) {
        Builder builder = new Builder();
        for (long value : seconds) {
            builder.add(value);
        }
        return builder.build();
    }

    /** From (value, count) pairs, e.g. a {@code GROUP BY seconds} result or a stored histogram. */
    public static SecondsDistribution ofCounts(long[] values, long[] counts) {
        if (values.length != counts.length) {
            throw new IllegalArgumentException("values and counts differ in length");
        }
        Builder builder = new Builder();
        for (int i = 0; i < values.length; i++) {
            builder.add(values[i], counts[i]);
        }
        return builder.build();
    }

    /**
     * From distinct values in strictly ascending order with their positive counts (a stored histogram), without
     * re-sorting.
     *
     * @throws IllegalArgumentException when the values are not strictly ascending and non-negative, or a count is
     *                                  not positive
     */
    public static SecondsDistribution ofSortedCounts(long[] values, long[] counts) {
        if (values.length != counts.length) {
            throw new IllegalArgumentException("values and counts differ in length");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || counts[i] <= 0 || (i > 0 && values[i] <= values[i - 1])) {
                throw new IllegalArgumentException("Not a histogram: values ascending from 0, counts positive");
            }
        }
        return values.length == 0 ? EMPTY : new SecondsDistribution(values.clone(), counts.clone());
    }

    public long count() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Arithmetic mean in seconds; empty when there is no observation. */
    public OptionalDouble mean() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / total);
    }

    public OptionalDouble median() {
        return percentile(0.5);
    }

    public OptionalDouble p90() {
        return percentile(0.9);
    }

    public OptionalLong max() {
        return total == 0 ? OptionalLong.empty() : OptionalLong.of(values[values.length - 1]);
    }

    public OptionalLong min() {
        return total == 0 ? OptionalLong.empty() : OptionalLong.of(values[0]);
    }

    /** Type 7 percentile (see the class comment), {@code p} in [0, 1]. */
    public OptionalDouble percentile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        double h = (total - 1) * p;
        long below = (long) Math.floor(h);
        long lower = valueAtRank(below);
        if (below + 1 >= total) {
            return OptionalDouble.of(lower);
        }
        long upper = valueAtRank(below + 1);
        return OptionalDouble.of(lower + (h - below) * (upper - lower));
    }

    /** How many observations are at most the limit (a wait of exactly 15:00 is within a 15-minute target). */
    public long countAtMost(Duration limit) {
        long seconds = limit.toSeconds();
        long n = 0;
        for (int i = 0; i < values.length && values[i] <= seconds; i++) {
            n += counts[i];
        }
        return n;
    }

    /** Share of observations at most the limit, 0..1; empty when there is no observation. */
    public OptionalDouble shareAtMost(Duration limit) {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) countAtMost(limit) / total);
    }

    /** The 0-based rank-th smallest observation. */
    private long valueAtRank(long rank) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (rank < seen) {
                return values[i];
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }

    public SecondsDistribution merge(SecondsDistribution other) {
        if (other.total == 0) {
            return this;
        }
        if (total == 0) {
            return other;
        }
        long[] mergedValues = new long[values.length + other.values.length];
        long[] mergedCounts = new long[mergedValues.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < values.length || j < other.values.length) {
            if (j == other.values.length || (i < values.length && values[i] < other.values[j])) {
                mergedValues[k] = values[i];
                mergedCounts[k++] = counts[i++];
            } else if (i == values.length || other.values[j] < values[i]) {
                mergedValues[k] = other.values[j];
                mergedCounts[k++] = other.counts[j++];
            } else {
                mergedValues[k] = values[i];
                mergedCounts[k++] = counts[i++] + other.counts[j++];
            }
        }
        return new SecondsDistribution(Arrays.copyOf(mergedValues, k), Arrays.copyOf(mergedCounts, k));
    }

    /** Distinct values ascending (a copy), for storing the histogram. */
    public long[] values() {
        return values.clone();
    }

    /** Counts matching {@link #values()} (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * Counts per bucket of the given width starting at 0, the last bucket open-ended: for a wait histogram
     * chart. {@code buckets[i]} counts values in [i·width, (i+1)·width), the last one everything above.
     */
    public long[] buckets(Duration width, int bucketCount) {
        if (bucketCount < 1 || width.isNegative() || width.isZero()) {
            throw new IllegalArgumentException("at least one bucket of a positive width");
        }
        long[] buckets = new long[bucketCount];
        long w = width.toSeconds();
        for (int i = 0; i < values.length; i++) {
            buckets[(int) Math.min(bucketCount - 1, values[i] / w)] += counts[i];
        }
        return buckets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecondsDistribution other && Arrays.equals(values, other.values)
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "SecondsDistribution[n=" + total + ", distinct=" + values.length + "]";
    }

    /**
     * Collects observations; not thread-safe. Values under {@value #DENSE_LIMIT} s (about 18 hours: every wait and
     * service time) are counted in an array indexed by the value, so adding and merging day histograms costs an
     * array increment each; larger ones go to a map.
     */
    public static final class Builder {
        static final int DENSE_LIMIT = 1 << 16;
        private long[] dense = new long[0];
        private int distinctDense;
        private java.util.TreeMap<Long, Long> sparse;

        public Builder add(long seconds) {
            return add(seconds, 1);
        }

        public Builder add(long seconds, long count) {
            if (seconds < 0) {
                throw new IllegalArgumentException("A duration cannot be negative: " + seconds + " s");
            }
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
            if (count == 0) {
                return this;
            }
            if (seconds < DENSE_LIMIT) {
                int index = (int) seconds;
                if (index >= dense.length) {
                    dense = Arrays.copyOf(dense, Math.min(DENSE_LIMIT, Math.max(index + 1, dense.length * 2 + 64)));
                }
                if (dense[index] == 0) {
                    distinctDense++;
                }
                dense[index] += count;
            } else {
                if (sparse == null) {
                    sparse = new java.util.TreeMap<>();
                }
                sparse.merge(seconds, count, Long::sum);
            }
            return this;
        }

        public Builder add(Duration duration) {
            return add(duration.toSeconds());
        }

        public Builder add(SecondsDistribution distribution) {
            if (distribution.total == 0) {
                return this;
            }
            long top = distribution.values[distribution.values.length - 1];
            if (top >= dense.length && dense.length < DENSE_LIMIT) {
                dense = Arrays.copyOf(dense, (int) Math.min(DENSE_LIMIT, Math.max(top + 1, dense.length * 2L)));
            }
            for (int i = 0; i < distribution.values.length; i++) {
                add(distribution.values[i], distribution.counts[i]);
            }
            return this;
        }

        public SecondsDistribution build() {
            int size = distinctDense + (sparse == null ? 0 : sparse.size());
            if (size == 0) {
                return EMPTY;
            }
            long[] values = new long[size];
            long[] n = new long[size];
            int i = 0;
            for (int value = 0; value < dense.length && i < distinctDense; value++) {
                if (dense[value] != 0) {
                    values[i] = value;
                    n[i++] = dense[value];
                }
            }
            if (sparse != null) {
                for (var entry : sparse.entrySet()) {
                    values[i] = entry.getKey();
                    n[i++] = entry.getValue();
                }
            }
            return new SecondsDistribution(values, n);
        }
    }
}
