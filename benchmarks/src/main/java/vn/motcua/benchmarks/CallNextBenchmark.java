package vn.motcua.benchmarks;

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
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.Ticket;

/**
 * Eight counters calling at once, each benchmark thread the clerk of its own counter, all counters serving the
 * same three services of one SQLite store. Each iteration starts with {@value #WAITING_TICKETS} waiting tickets
 * (a quarter of them priority), more than the counters can call in it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class CallNextBenchmark {
    static final int WAITING_TICKETS = 20_000;

    @State(Scope.Benchmark)
    public static class BusyOffice {
        private final AtomicInteger seatsTaken = new AtomicInteger();
        TrialOffice office;

        @Setup(Level.Iteration)
        public void open() {
            office = TrialOffice.open(TrialQueues.eightCountersServingAll());
            office.queueUp(WAITING_TICKETS);
        }

        @TearDown(Level.Iteration)
        public void close() {
            office.close();
        }

        int takeSeat() {
            int counter = seatsTaken.incrementAndGet();
            if (counter > TrialQueues.COUNTERS) {
                throw new IllegalStateException("Only " + TrialQueues.COUNTERS + " counters; run with -t "
                        + TrialQueues.COUNTERS + " or fewer");
            }
            return counter;
        }
    }

    /** The clerk of one counter; finishes each ticket as part of the measured work. */
    @State(Scope.Thread)
    public static class Clerk {
        int counter;
        CounterDesk desk;

        @Setup(Level.Trial)
        public void takeSeat(BusyOffice office) {
            counter = office.takeSeat();
        }

        @Setup(Level.Iteration)
        public void signIn(BusyOffice office) {
            desk = office.office.desk().counter(counter, "clerk" + counter);
        }
    }

    /** The clerk of one counter who finishes the current ticket before each measured call, outside the timing. */
    @State(Scope.Thread)
    public static class FinishingClerk {
        int counter;
        CounterDesk desk;

        @Setup(Level.Trial)
        public void takeSeat(BusyOffice office) {
            counter = office.takeSeat();
        }

        @Setup(Level.Iteration)
        public void signIn(BusyOffice office) {
            desk = office.office.desk().counter(counter, "clerk" + counter);
        }

        /** Refused (nothing current) only on an iteration's first call. */
        @Setup(Level.Invocation)
        public void finishCurrent() {
            desk.finish();
        }
    }

    /** Call-next alone: the write transaction that chooses the ticket and marks it called. */
    @Benchmark
    @Threads(TrialQueues.COUNTERS)
    public Ticket callNext(FinishingClerk clerk) {
        return called(clerk.desk.callNext());
    }

    /** A counter's whole turn: call the next ticket, then finish it (two write transactions). */
    @Benchmark
    @Threads(TrialQueues.COUNTERS)
    public Ticket callNextAndFinish(Clerk clerk) {
        Ticket called = called(clerk.desk.callNext());
        QueueResult<Ticket> finished = clerk.desk.finish();
        if (!finished.isDone()) {
            throw new IllegalStateException("Counter " + clerk.counter + " could not finish: " + finished);
        }
        return called;
    }

    private static Ticket called(QueueResult<Ticket> result) {
        if (!(result instanceof QueueResult.Done<Ticket> done)) {
            throw new IllegalStateException("Call-next refused (raise WAITING_TICKETS if NOTHING_WAITING): " + result);
        }
        return done.value();
    }
}
