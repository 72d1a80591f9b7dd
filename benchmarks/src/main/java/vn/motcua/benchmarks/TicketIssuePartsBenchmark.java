package vn.motcua.benchmarks;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrintedTicket;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.Ticket;
import vn.motcua.devices.printer.EmulatedPrinterState;
import vn.motcua.devices.printer.EscPosCommands;
import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.LoopbackEscPosPrinter;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.printer.SampleTickets;
import vn.motcua.devices.printer.TicketRenderer;
import vn.motcua.store.demo.DemoQueue;

/**
 * The parts of {@link TicketIssueBenchmark} on 80 mm paper, to see where a ticket's time goes: drawing the
 * ticket into an ESC/POS job, the printer's two TCP exchanges (status, then job), and the store alone, on a
 * day of at most {@value TrialOffice#TICKETS_PER_DAY} tickets and on a crowded one.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class TicketIssuePartsBenchmark {
    static final int CROWDED_DAY = 5_000;
    private static final PrintedTicket TICKET = SampleTickets.ticket();

    @State(Scope.Benchmark)
    public static class Renderer {
        final TicketRenderer renderer = new TicketRenderer(PaperWidth.MM80);
    }

    @State(Scope.Benchmark)
    public static class Printer {
        private LoopbackEscPosPrinter loopback;
        EscPosTicketPrinter printer;

        @Setup(Level.Iteration)
        public void connect() throws IOException {
            loopback = new LoopbackEscPosPrinter(EmulatedPrinterState.OK);
            printer = new EscPosTicketPrinter(PrinterSettings.tcp(loopback.host(), loopback.port()));
        }

        @TearDown(Level.Iteration)
        public void disconnect() throws IOException {
            loopback.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Office {
        TrialOffice office;

        @Setup(Level.Iteration)
        public void open() {
            office = TrialOffice.open(TrialQueues.demoWithoutDailyLimits());
        }

        @Setup(Level.Invocation)
        public void nextDayWhenBusy() {
            office.nextDayWhenBusy();
        }

        @TearDown(Level.Iteration)
        public void close() {
            office.close();
        }
    }

    /** An office whose busiest service has already issued {@value #CROWDED_DAY} tickets today. */
    @State(Scope.Benchmark)
    public static class CrowdedOffice {
        TrialOffice office;

        @Setup(Level.Iteration)
        public void open() {
            office = TrialOffice.open(TrialQueues.demoWithoutDailyLimits());
            office.queueUp(office.desk().configuration().service(DemoQueue.CERTIFICATE_COPIES).stream().toList(),
                    CROWDED_DAY);
        }

        @TearDown(Level.Iteration)
        public void close() {
            office.close();
        }
    }

    /** Text, QR code and threshold into a raster, then the ESC/POS job; no I/O. */
    @Benchmark
    public byte[] renderJob(Renderer renderer) {
        return EscPosCommands.ticketJob(renderer.renderer.render(TICKET));
    }

    /** What the kiosk asks of the printer per ticket: a status connection, then a print connection. */
    @Benchmark
    public PrintOutcome statusThenPrint(Printer printer) {
        PrinterStatus status = printer.printer.status();
        PrintOutcome outcome = printer.printer.print(TICKET);
        if (status != PrinterStatus.READY || !outcome.printed()) {
            throw new IllegalStateException("The loopback printer said " + status + ", then " + outcome);
        }
        return outcome;
    }

    /** One issue transaction without a printer ({@code QueueDesk.issue}); the kiosk commits two. */
    @Benchmark
    public Ticket storeIssue(Office office) {
        Ticket ticket = issued(office.office);
        office.office.countIssued();
        return ticket;
    }

    /** The same when {@value #CROWDED_DAY} tickets of the service were issued today: issue counts them. */
    @Benchmark
    public Ticket storeIssueOnCrowdedDay(CrowdedOffice office) {
        return issued(office.office);
    }

    private static Ticket issued(TrialOffice office) {
        QueueResult<Ticket> result = office.desk().issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL);
        if (!(result instanceof QueueResult.Done<Ticket> done)) {
            throw new IllegalStateException("Issue refused: " + result);
        }
        return done.value();
    }
}
