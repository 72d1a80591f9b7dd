package vn.motcua.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Which calls to {@code /api/} go wrong, and how. Counted rules ("the next N calls", optionally only of one
 * service) are used up first, in the order they were added; then each rate rule draws from a random source
 * seeded at start, so a run with the same seed and the same sequence of calls fails the same way.
 * Admin calls are never faulted.
 */
public final class FaultPlan {
    private record Rule(FaultKind kind, String service, int remaining, double rate) {
        boolean matches(String calledService) {
            return kind.appliesTo(calledService) && (service == null || service.equals(calledService));
        }
    }

    private final List<Rule> counted = new ArrayList<>();
    private final List<Rule> rates = new ArrayList<>();
    private Random random;
    private Duration delay;

    FaultPlan(long seed, Duration delay) {
        this.random = new Random(seed);
        this.delay = delay;
    }

    /** The next {@code count} calls (of any service the fault applies to) meet {@code kind}. */
    public FaultPlan next(FaultKind kind, int count) {
        return next(kind, count, null);
    }

    /** The next {@code count} calls of {@code service} meet {@code kind}. */
    public synchronized FaultPlan next(FaultKind kind, int count, String service) {
        if (count < 1) {
            throw new IllegalArgumentException("A fault count must be at least 1: " + count);
        }
        counted.add(new Rule(kind, service, count, 0));
        return this;
    }

    /** Each call (of {@code service}, or any when null) meets {@code kind} with this probability. */
    public synchronized FaultPlan rate(FaultKind kind, double probability, String service) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("A fault rate is a probability from 0 to 1: " + probability);
        }
        rates.add(new Rule(kind, service, 0, probability));
        return this;
    }

    public FaultPlan rate(FaultKind kind, double probability) {
        return rate(kind, probability, null);
    }

    /** How long {@link FaultKind#SLOW} holds an answer back. */
    public synchronized FaultPlan delay(Duration slowBy) {
        this.delay = slowBy;
        return this;
    }

    public synchronized FaultPlan seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    public synchronized void clear() {
        counted.clear();
        rates.clear();
    }

    /** Counted faults not yet used up. */
    public synchronized int pending() {
        return counted.stream().mapToInt(Rule::remaining).sum();
    }

    synchronized Duration delay() {
        return delay;
    }

    synchronized Optional<FaultKind> draw(String service) {
        for (int i = 0; i < counted.size(); i++) {
            Rule rule = counted.get(i);
            if (rule.matches(service)) {
                useOnce(i, rule);
                return Optional.of(rule.kind());
            }
        }
        for (Rule rule : rates) {
            if (rule.matches(service) && random.nextDouble() < rule.rate()) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    private void useOnce(int index, Rule rule) {
        if (rule.remaining() == 1) {
            counted.remove(index);
        } else {
            counted.set(index, new Rule(rule.kind(), rule.service(), rule.remaining() - 1, 0));
        }
    }

    /**
     * Adds rules written as {@code kind[@Service][:count | ~rate]}, comma-separated, plus {@code delay=millis}
     * and {@code seed=n}; e.g. {@code http503:2,drop-after@DongBoHoSoMC,slow~0.2,delay=3000}. A rule with
     * neither count nor rate means ":1".
     */
    public FaultPlan add(String spec) {
        for (String item : spec.split(",")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                addItem(trimmed);
            }
        }
        return this;
    }

    private void addItem(String item) {
        if (item.startsWith("delay=")) {
            delay(Duration.ofMillis(Long.parseLong(item.substring(6))));
        } else if (item.startsWith("seed=")) {
            seed(Long.parseLong(item.substring(5)));
        } else if (item.contains("~")) {
            String[] parts = item.split("~", 2);
            rate(kindOf(parts[0]), Double.parseDouble(parts[1]), serviceOf(parts[0]));
        } else {
            String[] parts = item.split(":", 2);
            int count = parts.length == 2 ? Integer.parseInt(parts[1]) : 1;
            next(kindOf(parts[0]), count, serviceOf(parts[0]));
        }
    }

    private static FaultKind kindOf(String target) {
        return FaultKind.bySpecName(target.split("@", 2)[0]);
    }

    private static String serviceOf(String target) {
        String[] parts = target.split("@", 2);
        return parts.length == 2 && !parts[1].isBlank() ? parts[1] : null;
    }
}
