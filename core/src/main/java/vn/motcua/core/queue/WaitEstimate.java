package vn.motcua.core.queue;

import java.time.Duration;
import java.util.List;

/**
 * The wait quoted on a new ticket, as a range (DOMAIN §6), from the people ahead, the open counters serving
 * the service and the service's measured service times (call → finish).
 *
 * <p>Lower end: everyone ahead is served at the quick end (first quartile) by all open counters at once.
 * Upper end: one more service at the slow end (third quartile) than there are people ahead, because the
 * counters are usually busy with someone already. Until {@value #MIN_SAMPLES} times are measured the service's
 * typical time stands in, from half to one and a half of it. Ends are rounded outwards to 5 minutes: a
 * citizen reads "10–25 phút" better than "12–23 phút", and the precision would be false anyway.
 */
public final class WaitEstimate {
    static final int MIN_SAMPLES = 5;
    private static final long ROUND_SECONDS = 5 * 60;

    private WaitEstimate() {
    }

    public static WaitQuote quote(int peopleAhead, int openCounters, List<Duration> serviceTimes,
            Duration typicalServiceTime) {
        Duration quick;
        Duration slow;
        if (serviceTimes.size() < MIN_SAMPLES) {
            quick = typicalServiceTime.dividedBy(2);
            slow = typicalServiceTime.multipliedBy(3).dividedBy(2);
        } else {
            List<Duration> sorted = serviceTimes.stream().sorted().toList();
            quick = sorted.get((sorted.size() - 1) / 4);
            slow = sorted.get(3 * (sorted.size() - 1) / 4);
        }
        int counters = Math.max(1, openCounters);
        long from = floor(quick.multipliedBy(peopleAhead).dividedBy(counters).toSeconds());
        long to = ceil(slow.multipliedBy(peopleAhead + 1L).dividedBy(counters).toSeconds());
        return new WaitQuote(peopleAhead, Duration.ofSeconds(from), Duration.ofSeconds(Math.max(to, from + ROUND_SECONDS)));
    }

    private static long floor(long seconds) {
        return seconds / ROUND_SECONDS * ROUND_SECONDS;
    }

    private static long ceil(long seconds) {
        return (seconds + ROUND_SECONDS - 1) / ROUND_SECONDS * ROUND_SECONDS;
    }
}
