package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrinterStatus;

@Timeout(30)
class EscPosTicketPrinterTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(300);

    @ParameterizedTest(name = "{0}, when silent {1} -> printed {2}, status {3}, problem {4}")
    @CsvSource(delimiter = '|', value = {
            "OK          | PRINT  | true  | READY          | ''",
            "NEAR_END    | PRINT  | true  | PAPER_NEAR_END | ''",
            "PAPER_OUT   | PRINT  | false | PAPER_OUT      | printer.paperOut",
            "COVER_OPEN  | PRINT  | false | COVER_OPEN     | printer.coverOpen",
            "OFFLINE     | PRINT  | false | OFFLINE        | printer.offline",
            "CUTTER_ERROR| PRINT  | false | ERROR          | printer.error",
            "SILENT      | PRINT  | true  | UNKNOWN        | ''",
            "SILENT      | REFUSE | false | UNKNOWN        | printer.silent",
    })
    void printerStateDecidesTheOutcome(EmulatedPrinterState state, WhenSilent whenSilent, boolean printed,
            PrinterStatus status, String problem) throws Exception {
        try (LoopbackEscPosPrinter loopback = new LoopbackEscPosPrinter(state)) {
            EscPosTicketPrinter printer = new EscPosTicketPrinter(settings(loopback).withWhenSilent(whenSilent));

            PrintOutcome outcome = printer.print(SampleTickets.ticket());

            assertThat(outcome).isEqualTo(new PrintOutcome(printed, status, problem));
            EscPosDecoder.DecodedJob job = EscPosDecoder.decode(loopback.awaitSessions(1, WAIT).get(0));
            assertThat(job.statusRequests()).startsWith(1);
            if (printed) {
                assertPrintedTicket(job);
            } else {
                assertThat(job.hasRaster()).isFalse();
                assertThat(job.cuts()).isZero();
                assertThat(job.commands()).allMatch(command -> command.startsWith("DLE EOT"));
            }
        }
    }

    @Test
    void statusAloneSendsNoTicket() throws Exception {
        try (LoopbackEscPosPrinter loopback = new LoopbackEscPosPrinter(EmulatedPrinterState.NEAR_END)) {
            EscPosTicketPrinter printer = new EscPosTicketPrinter(settings(loopback));

            assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
            assertThat(EscPosDecoder.decode(loopback.awaitSessions(1, WAIT).get(0)).commands())
                    .containsExactly("DLE EOT 1", "DLE EOT 2", "DLE EOT 4");
        }
    }

    /** 0x68 read as a reply to DLE EOT 1 would mean "offline"; as one to DLE EOT 4, "paper out". */
    @Test
    void unsolicitedBytesBeforeRepliesAreIgnored() throws Exception {
        try (LoopbackEscPosPrinter loopback = new LoopbackEscPosPrinter(EmulatedPrinterState.OK)) {
            loopback.sendBeforeEachAnswer((byte) 0x68, (byte) 0x14, (byte) 0x00, (byte) 0x0F, (byte) 0xFF);
            EscPosTicketPrinter printer = new EscPosTicketPrinter(settings(loopback));

            PrintOutcome outcome = printer.print(SampleTickets.ticket());

            assertThat(outcome).isEqualTo(PrintOutcome.printed(PrinterStatus.READY));
            assertPrintedTicket(EscPosDecoder.decode(loopback.awaitSessions(1, WAIT).get(0)));
        }
    }

    @Test
    void unsolicitedBytesDoNotHideARealProblem() throws Exception {
        try (LoopbackEscPosPrinter loopback = new LoopbackEscPosPrinter(EmulatedPrinterState.PAPER_OUT)) {
            loopback.sendBeforeEachAnswer((byte) 0x00, (byte) 0x10);

            assertThat(new EscPosTicketPrinter(settings(loopback)).status()).isEqualTo(PrinterStatus.PAPER_OUT);
        }
    }

    @Test
    void statusChangesBetweenTicketsAreSeen() throws Exception {
        try (LoopbackEscPosPrinter loopback = new LoopbackEscPosPrinter(EmulatedPrinterState.OK)) {
            EscPosTicketPrinter printer = new EscPosTicketPrinter(settings(loopback));

            assertThat(printer.print(SampleTickets.ticket()).printed()).isTrue();
            loopback.setState(EmulatedPrinterState.COVER_OPEN);
            assertThat(printer.print(SampleTickets.ticket()).problemKey()).isEqualTo("printer.coverOpen");
            loopback.setState(EmulatedPrinterState.OK);
            assertThat(printer.print(SampleTickets.ticket()).printed()).isTrue();

            List<byte[]> sessions = loopback.awaitSessions(3, WAIT);
            assertThat(EscPosDecoder.decode(sessions.get(1)).hasRaster()).isFalse();
            assertPrintedTicket(EscPosDecoder.decode(sessions.get(2)));
        }
    }

    @Test
    void closedPortFailsAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        EscPosTicketPrinter printer = new EscPosTicketPrinter(PrinterSettings.tcp("127.0.0.1", closedPort));

        assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.failed(PrinterStatus.OFFLINE, "printer.unreachable"));
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    /** A listening socket that never accepts: the connect completes in the kernel backlog, nothing answers. */
    @Test
    void printerThatNeverAnswersIsUnknownWithinTheReadTimeout() throws Exception {
        try (ServerSocket deaf = new ServerSocket()) {
            deaf.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            EscPosTicketPrinter printer = new EscPosTicketPrinter(PrinterSettings.tcp("127.0.0.1", deaf.getLocalPort())
                    .withTimeouts(SHORT, SHORT, SHORT).withWhenSilent(WhenSilent.REFUSE));

            assertThat(printer.print(SampleTickets.ticket()))
                    .isEqualTo(PrintOutcome.failed(PrinterStatus.UNKNOWN, "printer.silent"));
        }
    }

    /** A small receive buffer so that a printer that stops reading blocks the sender's write. */
    @Test
    void printerThatStopsReadingEndsInIoError() throws Exception {
        try (LoopbackEscPosPrinter loopback = new LoopbackEscPosPrinter(EmulatedPrinterState.OK, 1024)) {
            loopback.stallAfterAnswers(3);
            EscPosTicketPrinter printer = new EscPosTicketPrinter(settings(loopback).withTimeouts(SHORT, SHORT, SHORT));

            PrintOutcome outcome = printer.print(SampleTickets.ticket());

            assertThat(outcome).isEqualTo(PrintOutcome.failed(PrinterStatus.READY, "printer.ioError"));
        }
    }

    /** Independent of kernel buffer sizes: the link's write blocks until the link is closed. */
    @Test
    void stalledWriteIsAbortedByTheWatchdog() {
        StalledLink link = new StalledLink();
        EscPosTicketPrinter printer = new EscPosTicketPrinter(link,
                PrinterSettings.tcp("unused", 9100).withTimeouts(SHORT, SHORT, SHORT));

        assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.failed(PrinterStatus.READY, "printer.ioError"));
        assertThat(link.closed.getCount()).isZero();
    }

    @Test
    void linkThrowingUncheckedExceptionsStillGivesAnOutcome() {
        PrinterLink broken = new StalledLink() {
            @Override
            public OutputStream out() {
                throw new IllegalStateException("port vanished");
            }
        };
        EscPosTicketPrinter printer = new EscPosTicketPrinter(broken, PrinterSettings.tcp("unused", 9100));

        assertThatCode(() -> assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.failed(PrinterStatus.UNKNOWN, "printer.ioError")))
                .doesNotThrowAnyException();
    }

    static void assertPrintedTicket(EscPosDecoder.DecodedJob job) {
        assertThat(job.initializations()).isEqualTo(1);
        assertThat(job.hasRaster()).isTrue();
        assertThat(job.bands()).allMatch(band -> band.rows() <= 256);
        assertThat(job.cuts()).isEqualTo(1);
        assertThat(job.commands().stream().filter(command -> !command.startsWith("DLE EOT")).toList())
                .last().asString().startsWith("GS V");
        assertThat(job.image().getWidth()).isEqualTo(576);
        assertThat(TicketQrReader.read(job.image())).contains(SampleTickets.FOLLOW_UP);
    }

    private static PrinterSettings settings(LoopbackEscPosPrinter loopback) {
        return PrinterSettings.tcp(loopback.host(), loopback.port())
                .withTimeouts(Duration.ofSeconds(2), SHORT, Duration.ofSeconds(5));
    }

    /** Answers every status request with "ready"; its writes of more than a few bytes block until closed. */
    private static class StalledLink implements PrinterLink {
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void open() {
        }

        @Override
        public InputStream in() {
            return new InputStream() {
                @Override
                public int read() {
                    return 0x12;
                }
            };
        }

        @Override
        public OutputStream out() {
            return new OutputStream() {
                @Override
                public void write(int b) {
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (len > 3) {
                        try {
                            closed.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IOException("closed while writing");
                    }
                }
            };
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
