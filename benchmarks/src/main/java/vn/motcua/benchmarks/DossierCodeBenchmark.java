package vn.motcua.benchmarks;

import java.util.concurrent.TimeUnit;
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
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.store.demo.DemoQueue;

/**
 * {@link DossierCodeIssuer#next()} on the SQLite sequence ({@code BEGIN IMMEDIATE} upsert, synchronous=NORMAL),
 * from one thread and from eight at once. A fresh store each iteration keeps the day's 999 999 numbers from
 * running out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class DossierCodeBenchmark {
    private TrialOffice office;
    private DossierCodeIssuer issuer;

    @Setup(Level.Iteration)
    public void openOffice() {
        office = TrialOffice.open(TrialQueues.demoWithoutDailyLimits());
        issuer = new DossierCodeIssuer(DemoQueue.AGENCY, office.store().dossierSequence(), office.clock());
    }

    @TearDown(Level.Iteration)
    public void closeOffice() {
        office.close();
    }

    @Benchmark
    public DossierCode nextCode() {
        return issuer.next();
    }

    @Benchmark
    @Threads(TrialQueues.COUNTERS)
    public DossierCode nextCodeAtEightCounters() {
        return issuer.next();
    }
}
