package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrintedTicket;
import vn.motcua.core.queue.PrinterStatus;

class VirtualTicketPrinterTest {

    @Test
    void keepsTheLastTicketAndTellsListeners() {
        VirtualTicketPrinter printer = new VirtualTicketPrinter(PaperWidth.MM58);
        List<RenderedTicket> shown = new ArrayList<>();
        printer.addListener(shown::add);
        PrintedTicket ticket = SampleTickets.ticket();

        assertThat(printer.lastTicket()).isEmpty();
        PrintOutcome outcome = printer.print(ticket);

        assertThat(outcome).isEqualTo(PrintOutcome.printed(PrinterStatus.READY));
        RenderedTicket last = printer.lastTicket().orElseThrow();
        assertThat(last.ticket()).isEqualTo(ticket);
        assertThat(last.image().getWidth()).isEqualTo(384);
        assertThat(TicketQrReader.read(last.image())).contains(SampleTickets.FOLLOW_UP);
        assertThat(shown).containsExactly(last);
    }

    @Test
    void settableStatusRefusesLikeARealPrinter() {
        VirtualTicketPrinter printer = new VirtualTicketPrinter(PaperWidth.MM80, WhenSilent.REFUSE);
        printer.setStatus(PrinterStatus.PAPER_OUT);

        assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.failed(PrinterStatus.PAPER_OUT, "printer.paperOut"));
        printer.setStatus(PrinterStatus.UNKNOWN);
        assertThat(printer.print(SampleTickets.ticket()).problemKey()).isEqualTo("printer.silent");
        assertThat(printer.lastTicket()).isEmpty();

        printer.setStatus(PrinterStatus.PAPER_NEAR_END);
        assertThat(printer.print(SampleTickets.ticket()))
                .isEqualTo(PrintOutcome.printed(PrinterStatus.PAPER_NEAR_END));
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
    }

    @Test
    void failingListenerDoesNotUndoThePrint() {
        VirtualTicketPrinter printer = new VirtualTicketPrinter(PaperWidth.MM80);
        printer.addListener(rendered -> {
            throw new IllegalStateException("preview closed");
        });

        assertThat(printer.print(SampleTickets.ticket()).printed()).isTrue();
        assertThat(printer.lastTicket()).isPresent();
    }

    @Test
    void settingsBuildTheRightPrinter() {
        assertThat(TicketPrinters.create(PrinterSettings.virtual())).isInstanceOf(VirtualTicketPrinter.class);
        assertThat(TicketPrinters.create(PrinterSettings.tcp("127.0.0.1", 9100)))
                .isInstanceOf(EscPosTicketPrinter.class);
    }
}
