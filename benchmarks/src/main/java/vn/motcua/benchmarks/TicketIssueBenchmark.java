package vn.motcua.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.core.queue.Kiosk;
import vn.motcua.core.queue.KioskIssue;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.devices.printer.EmulatedPrinterState;
import vn.motcua.devices.printer.EscPosCommands;
import vn.motcua.devices.printer.EscPosDecoder;
import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.LoopbackEscPosPrinter;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.store.demo.DemoQueue;

/**
 * A citizen presses a service button: {@link Kiosk#issue} from the press until the printer has the whole job,
 * on a real SQLite store, with an {@link EscPosTicketPrinter} over TCP to a {@link LoopbackEscPosPrinter}.
 * The printer confirms receipt by answering a status request sent after the job, so when issue returns the
 * bytes have arrived. The JavaFX click dispatch before the call is not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class TicketIssueBenchmark {
    private static final byte[] CUT_THEN_CONFIRM = concat(EscPosCommands.feedAndPartialCut(),
            EscPosCommands.statusRequest(1));

    @Param({"MM80", "MM58"})
    public PaperWidth paper;

    private TrialOffice office;
    private LoopbackEscPosPrinter printer;
    private Kiosk kiosk;
    private int issued;

    @Setup(Level.Iteration)
    public void openOffice() throws IOException {
        office = TrialOffice.open(TrialQueues.demoWithoutDailyLimits());
        printer = new LoopbackEscPosPrinter(EmulatedPrinterState.OK);
        PrinterSettings settings = PrinterSettings.tcp(printer.host(), printer.port()).withPaperWidth(paper);
        // REFUSE: a printer that does not answer must fail the benchmark, not be printed to blind.
        kiosk = new Kiosk(office.desk(), new EscPosTicketPrinter(settings), Kiosk.WhenPrinterSilent.REFUSE);
        issued = 0;
    }

    @Setup(Level.Invocation)
    public void nextDayWhenBusy() {
        office.nextDayWhenBusy();
    }

    @Benchmark
    public KioskIssue.Issued issueTicket() {
        KioskIssue result = kiosk.issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL);
        if (!(result instanceof KioskIssue.Issued ticket) || !ticket.warnings().isEmpty()) {
            throw new IllegalStateException("The kiosk did not issue cleanly: " + result);
        }
        office.countIssued();
        issued++;
        return ticket;
    }

    /** Every ticket took two connections (status, then print); each print job arrived whole, cut, confirmed. */
    @TearDown(Level.Iteration)
    public void checkPrintsAndClose() throws IOException, InterruptedException, TimeoutException {
        try {
            List<byte[]> sessions = printer.awaitSessions(2 * issued, Duration.ofSeconds(30));
            for (int i = 1; i < sessions.size(); i += 2) {
                requireWholeJob(sessions.get(i));
            }
            requireRaster(sessions.get(sessions.size() - 1));
        } finally {
            printer.close();
            office.close();
        }
    }

    private static void requireWholeJob(byte[] session) {
        int from = session.length - CUT_THEN_CONFIRM.length;
        if (from < 0 || !Arrays.equals(session, from, session.length, CUT_THEN_CONFIRM, 0, CUT_THEN_CONFIRM.length)) {
            throw new IllegalStateException("A print session did not end with the cut and the receipt request");
        }
    }

    private void requireRaster(byte[] session) {
        EscPosDecoder.DecodedJob job = EscPosDecoder.decode(session);
        if (!job.hasRaster() || job.cuts() != 1 || job.image().getWidth() != paper.dots()) {
            throw new IllegalStateException("The last print job is not one " + paper + " ticket: " + job.commands());
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
