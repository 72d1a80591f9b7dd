package vn.motcua.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;

/**
 * Call-next in centre mode: {@value #COUNTERS} counters (benchmark threads) calling at once on one PostgreSQL
 * server, a throwaway cluster on this machine with fsync on (a real server's durability; the tests run theirs
 * without), reached over TCP on 127.0.0.1 as the desks' least-privilege role. Each iteration starts on a fresh
 * database with {@value #WAITING_TICKETS} waiting tickets; each counter finishes its ticket before the next call,
 * outside the timing, as {@link CallNextBenchmark} does on SQLite.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class CentreCallNextBenchmark {
    static final int COUNTERS = 30;
    static final int WAITING_TICKETS = 30_000;

    @State(Scope.Benchmark)
    public static class Centre {
        private final AtomicInteger seatsTaken = new AtomicInteger();
        PostgresCluster cluster;
        String database;
        PostgresQueueStore store;
        QueueDesk desk;

        @Setup(Level.Trial)
        public void startServer() {
            cluster = PostgresCluster.start(true);
        }

        @Setup(Level.Iteration)
        public void open() {
            database = cluster.freshDatabase();
            store = PostgresQueueStore.open(cluster.deskSettings(database).withPoolSize(COUNTERS));
            store.replaceConfiguration(servicesNamedByPrefix(TrialQueues.countersServingAll(COUNTERS)));
            OfficeClock clock = new OfficeClock(WorkCalendar.vietnam());
            cluster.queueUpWaitingTickets(database, clock.today(), WAITING_TICKETS);
            desk = new QueueDesk(store, WorkCalendar.vietnam(), clock);
            // a desk's pool lives all day: measure calls, not the pool opening its connections
            if (!store.awaitAllConnections(java.time.Duration.ofMinutes(1))) {
                throw new IllegalStateException("The pool did not open its " + COUNTERS + " connections");
            }
        }

        @TearDown(Level.Iteration)
        public void close() {
            store.close();
            cluster.dropDatabase(database);
        }

        @TearDown(Level.Trial)
        public void stopServer() {
            cluster.close();
        }

        int takeSeat() {
            int counter = seatsTaken.incrementAndGet();
            if (counter > COUNTERS) {
                throw new IllegalStateException("Only " + COUNTERS + " counters; run with -t " + COUNTERS
                        + " or fewer");
            }
            return counter;
        }
    }

    /** The clerk of one counter who finishes the current ticket before each measured call, outside the timing. */
    @State(Scope.Thread)
    public static class FinishingClerk {
        int counter;
        CounterDesk desk;

        @Setup(Level.Trial)
        public void takeSeat(Centre centre) {
            counter = centre.takeSeat();
        }

        @Setup(Level.Iteration)
        public void signIn(Centre centre) {
            desk = centre.desk.counter(counter, "clerk" + counter);
        }

        @Setup(Level.Invocation)
        public void finishCurrent() {
            desk.finish();
        }
    }

    /**
     * A clerk who, between calls and outside the timing, finishes the ticket and then serves for a while: a pause
     * drawn from an exponential distribution with a mean of {@value #MEAN_SERVICE_MILLIS} ms, so the 30 counters
     * call at random moments, overlapping as they happen to, about 300 calls a second in all (a busy centre makes
     * one every few seconds).
     */
    @State(Scope.Thread)
    public static class ServingClerk {
        int counter;
        CounterDesk desk;
        private final java.util.Random random = new java.util.Random();

        @Setup(Level.Trial)
        public void takeSeat(Centre centre) {
            counter = centre.takeSeat();
            random.setSeed(counter);
        }

        @Setup(Level.Iteration)
        public void signIn(Centre centre) {
            desk = centre.desk.counter(counter, "clerk" + counter);
        }

        @Setup(Level.Invocation)
        public void finishAndServe() {
            desk.finish();
            double pause = -Math.log(1 - random.nextDouble()) * MEAN_SERVICE_MILLIS;
            java.util.concurrent.locks.LockSupport.parkNanos((long) (pause * 1_000_000));
        }
    }

    static final int MEAN_SERVICE_MILLIS = 100;

    /** Thirty counters calling at random moments: what a clerk waits for at a busy centre, and more. */
    @Benchmark
    @Threads(COUNTERS)
    public Ticket callNextBetweenServices(ServingClerk clerk) {
        return called(clerk.desk.callNext());
    }

    /** Thirty counters calling back to back without pause: the worst case, every core busy all the time. */
    @Benchmark
    @Threads(COUNTERS)
    public Ticket callNext(FinishingClerk clerk) {
        return called(clerk.desk.callNext());
    }

    private static Ticket called(QueueResult<Ticket> result) {
        if (!(result instanceof QueueResult.Done<Ticket> done)) {
            throw new IllegalStateException("Call-next refused (raise WAITING_TICKETS if NOTHING_WAITING): " + result);
        }
        return done.value();
    }

    /** The bulk loader queues tickets by service id = prefix (A, B, C). */
    private static QueueConfiguration servicesNamedByPrefix(QueueConfiguration configuration) {
        List<QueueService> services = configuration.services().stream()
                .map(s -> new QueueService(new ServiceId(s.prefix()), s.name(), s.prefix(), s.windows(),
                        s.dailyLimit(), s.keepOvernight(), s.typicalServiceTime()))
                .toList();
        return new QueueConfiguration(configuration.office(), configuration.policy(), services,
                configuration.counters().stream()
                        .map(c -> new vn.motcua.core.queue.Counter(c.number(), c.name(), c.services().stream()
                                .map(id -> services.get(configuration.services().stream().map(QueueService::id)
                                        .toList().indexOf(id)).id())
                                .toList()))
                        .toList());
    }
}
