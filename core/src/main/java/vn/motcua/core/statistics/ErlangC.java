package vn.motcua.core.statistics;

import java.time.Duration;

/**
 * The Erlang C queueing model (M/M/c): Poisson arrivals, exponentially distributed service times, c identical
 * counters serving one shared queue, nobody leaving the queue. A model, not a measurement: real citizens arrive
 * in bunches and some give up, so its answers are a planning guide.
 *
 * <p>With arrival rate λ, mean service time T<sub>s</sub> and offered load A = λ·T<sub>s</sub> (Erlangs), for c &gt; A:
 * <ul>
 * <li>Erlang B by the stable recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1));</li>
 * <li>probability of waiting C(c, A) = c·B(c) / (c − A·(1 − B(c)));</li>
 * <li>mean wait W<sub>q</sub> = C·T<sub>s</sub> / (c − A);</li>
 * <li>share called within t: SL(t) = 1 − C·e<sup>−(c − A)·t / T<sub>s</sub></sup>.</li>
 * </ul>
 * With c ≤ A the queue grows without bound: C = 1, the mean wait is infinite and the service level 0.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /** Erlang B blocking probability for c servers and offered load A. */
    public static double erlangB(int servers, double offeredLoad) {
        requireValid(servers, offeredLoad);
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = offeredLoad * b / (k + offeredLoad * b);
        }
        return b;
    }

    /** Probability that an arriving citizen has to wait. */
    public static double probabilityOfWaiting(int servers, double offeredLoad) {
        requireValid(servers, offeredLoad);
        if (servers == 0 || offeredLoad >= servers) {
            return offeredLoad == 0 ? 0 : 1;
        }
        double b = erlangB(servers, offeredLoad);
        return servers * b / (servers - offeredLoad * (1 - b));
    }

    /** Mean wait in seconds; infinite when the counters cannot keep up. */
    public static double meanWaitSeconds(int servers, double offeredLoad, double meanServiceSeconds) {
        if (offeredLoad == 0) {
            return 0;
        }
        if (offeredLoad >= servers) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(servers, offeredLoad) * meanServiceSeconds / (servers - offeredLoad);
    }

    /** Share of citizens called within the wait, 0..1. */
    public static double serviceLevel(int servers, double offeredLoad, double meanServiceSeconds, Duration within) {
        if (offeredLoad == 0) {
            return 1;
        }
        if (offeredLoad >= servers) {
            return 0;
        }
        double c = probabilityOfWaiting(servers, offeredLoad);
        return 1 - c * Math.exp(-(servers - offeredLoad) * within.toMillis() / 1000.0 / meanServiceSeconds);
    }

    /**
     * The fewest counters keeping the mean wait at most the target and, when {@code serviceLevelShare} &gt; 0, at
     * least that share called within {@code serviceLevelWait}. Zero when nobody arrives.
     */
    public static int countersNeeded(double offeredLoad, double meanServiceSeconds, Duration meanWaitTarget,
            double serviceLevelShare, Duration serviceLevelWait) {
        requireValid(0, offeredLoad);
        if (offeredLoad == 0) {
            return 0;
        }
        int c = (int) Math.floor(offeredLoad) + 1;
        while (meanWaitSeconds(c, offeredLoad, meanServiceSeconds) > meanWaitTarget.toMillis() / 1000.0
                || (serviceLevelShare > 0
                        && serviceLevel(c, offeredLoad, meanServiceSeconds, serviceLevelWait) < serviceLevelShare)) {
            c++;
        }
        return c;
    }

    private static void requireValid(int servers, double offeredLoad) {
        if (servers < 0 || !(offeredLoad >= 0) || Double.isInfinite(offeredLoad)) {
            throw new IllegalArgumentException("servers >= 0 and a finite offered load >= 0");
        }
    }
}
