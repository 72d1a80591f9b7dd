package vn.motcua.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.store.demo.DemoQueue;

/** The queue configurations the benchmarks run on, made from the demo office's. */
final class TrialQueues {
    /** Counters in the call-next benchmark, one benchmark thread each. */
    static final int COUNTERS = 8;

    private TrialQueues() {
    }

    /** The demo office with no daily limits, so the kiosk may issue all day long. */
    static QueueConfiguration demoWithoutDailyLimits() {
        QueueConfiguration demo = DemoQueue.configuration();
        return new QueueConfiguration(demo.office(), demo.policy(), unlimited(demo.services()), demo.counters());
    }

    /** The demo services at {@value #COUNTERS} counters, each serving all of them, starting with a different one. */
    static QueueConfiguration eightCountersServingAll() {
        return countersServingAll(COUNTERS);
    }

    /** The demo services at that many counters, each serving all of them, starting with a different one. */
    static QueueConfiguration countersServingAll(int count) {
        QueueConfiguration demo = demoWithoutDailyLimits();
        List<ServiceId> services = demo.services().stream().map(QueueService::id).toList();
        List<Counter> counters = IntStream.rangeClosed(1, count)
                .mapToObj(number -> new Counter(number, "Quầy " + number, rotated(services, number)))
                .toList();
        return new QueueConfiguration(demo.office(), demo.policy(), demo.services(), counters);
    }

    private static List<QueueService> unlimited(List<QueueService> services) {
        return services.stream()
                .map(s -> new QueueService(s.id(), s.name(), s.prefix(), s.windows(), OptionalInt.empty(),
                        s.keepOvernight(), s.typicalServiceTime()))
                .toList();
    }

    private static List<ServiceId> rotated(List<ServiceId> services, int by) {
        List<ServiceId> rotated = new ArrayList<>(services);
        Collections.rotate(rotated, by);
        return rotated;
    }
}
