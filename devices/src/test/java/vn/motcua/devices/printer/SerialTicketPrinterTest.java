package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrinterStatus;

/**
 * Serial and USB-file links over a socat pty pair: the code under test opens ttyA, an emulated printer
 * answers on ttyB.
 */
@Timeout(60)
class SerialTicketPrinterTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Predicate<byte[]> CUT = bytes -> EscPosDecoderProbe.endsWithCut(bytes);

    @TempDir
    Path directory;
    private SocatPtyPair ptys;
    private EscPosPrinterEmulator emulator;
    private FileChannel printerEnd;
    private Thread printerThread;

    @BeforeEach
    void startPtysAndPrinter() throws IOException {
        assumeTrue(SocatPtyPair.socatInstalled(), "socat is not installed");
        ptys = new SocatPtyPair(directory);
        emulator = new EscPosPrinterEmulator(EmulatedPrinterState.OK);
        printerEnd = FileChannel.open(ptys.b(), StandardOpenOption.READ, StandardOpenOption.WRITE);
        InputStream in = Channels.newInputStream(printerEnd);
        OutputStream out = Channels.newOutputStream(printerEnd);
        printerThread = Thread.ofPlatform().daemon().name("emulated-serial-printer")
                .start(() -> emulator.serve(in, out));
    }

    @AfterEach
    void stop() throws Exception {
        if (ptys == null) {
            return;
        }
        emulator.stop();
        ptys.close();
        printerEnd.close();
        printerThread.join(Duration.ofSeconds(5));
    }

    @Test
    void serialPrinterPrintsAfterAskingTheStatus() throws Exception {
        EscPosTicketPrinter printer = new EscPosTicketPrinter(PrinterSettings.serial(ptys.a().toString(), 115200));

        PrintOutcome outcome = printer.print(SampleTickets.ticket());

        assertThat(outcome).isEqualTo(PrintOutcome.printed(PrinterStatus.READY));
        EscPosDecoder.DecodedJob job = EscPosDecoder.decode(emulator.awaitReceived(CUT, WAIT));
        assertThat(job.statusRequests()).startsWith(1, 2, 4);
        EscPosTicketPrinterTest.assertPrintedTicket(job);
    }

    @Test
    void serialPrinterWithoutPaperGetsNoTicket() throws Exception {
        emulator.setState(EmulatedPrinterState.PAPER_OUT);
        emulator.sendBeforeEachAnswer((byte) 0x68);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(PrinterSettings.serial(ptys.a().toString(), 9600)
                .withPaperWidth(PaperWidth.MM58));

        PrintOutcome outcome = printer.print(SampleTickets.ticket());

        assertThat(outcome).isEqualTo(PrintOutcome.failed(PrinterStatus.PAPER_OUT, "printer.paperOut"));
        byte[] received = emulator.awaitReceived(bytes -> bytes.length >= 9, WAIT);
        assertThat(EscPosDecoder.decode(received).commands()).containsExactly("DLE EOT 1", "DLE EOT 2", "DLE EOT 4");
    }

    @Test
    void silentSerialPrinterIsUnknownAfterTheReadTimeout() {
        emulator.setState(EmulatedPrinterState.SILENT);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(PrinterSettings.serial(ptys.a().toString(), 115200)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5)));

        assertThat(printer.status()).isEqualTo(PrinterStatus.UNKNOWN);
    }

    @Test
    void missingSerialPortIsUnreachable() {
        EscPosTicketPrinter printer = new EscPosTicketPrinter(
                PrinterSettings.serial(directory.resolve("no-such-tty").toString(), 9600));

        assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.failed(PrinterStatus.OFFLINE, "printer.unreachable"));
    }

    /** A bidirectional USB printer's device file behaves like the pty: bytes both ways, no read timeout. */
    @Test
    void usbDeviceFilePrintsAfterAskingTheStatus() throws Exception {
        emulator.setState(EmulatedPrinterState.NEAR_END);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(PrinterSettings.usbFile(ptys.a().toString()));

        PrintOutcome outcome = printer.print(SampleTickets.ticket());

        assertThat(outcome).isEqualTo(PrintOutcome.printed(PrinterStatus.PAPER_NEAR_END));
        EscPosTicketPrinterTest.assertPrintedTicket(EscPosDecoder.decode(emulator.awaitReceived(CUT, WAIT)));
    }

    @Test
    void oneWayUsbPrinterIsUnknownAndItsReaderThreadEnds() throws Exception {
        emulator.setState(EmulatedPrinterState.SILENT);
        PrinterSettings settings = PrinterSettings.usbFile(ptys.a().toString())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5))
                .withWhenSilent(WhenSilent.REFUSE);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(settings);

        assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.failed(PrinterStatus.UNKNOWN, "printer.silent"));
        assertThat(readerThreadsEnd()).as("device reader threads end after close").isTrue();
    }

    private static boolean readerThreadsEnd() throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("printer-input ")) {
                thread.join(Duration.ofSeconds(5));
                if (thread.isAlive()) {
                    return false;
                }
            }
        }
        return true;
    }
}
