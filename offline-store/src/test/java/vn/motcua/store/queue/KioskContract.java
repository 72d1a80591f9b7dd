package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.store.queue.TestOffice.A;
import static vn.motcua.store.queue.TestOffice.DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Kiosk;
import vn.motcua.core.queue.KioskIssue;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrintedTicket;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.queue.Priority;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.PriorityReason;
import vn.motcua.core.queue.QueueEvent;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.StaffWarning;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketPrinter;
import vn.motcua.core.queue.TicketStatus;

/** The kiosk's printing orchestration with an in-test printer and a real store. */
public abstract class KioskContract extends QueueStoreContract {
    private TestOffice office;
    private final FakePrinter printer = new FakePrinter();
    private final List<QueueEvent> heard = new ArrayList<>();

    /** Answers with a set status and prints with a set outcome; remembers what it printed. */
    private static final class FakePrinter implements TicketPrinter {
        PrinterStatus status = PrinterStatus.READY;
        Function<PrintedTicket, PrintOutcome> printing = paper -> PrintOutcome.printed(PrinterStatus.READY);
        final List<PrintedTicket> printed = new ArrayList<>();

        @Override
        public PrinterStatus status() {
            return status;
        }

        @Override
        public PrintOutcome print(PrintedTicket ticket) {
            printed.add(ticket);
            return printing.apply(ticket);
        }
    }

    @BeforeEach
    void open() {
        office = new TestOffice(openStore(), TestOffice.policy(new CallPolicy.PriorityRule.Interleave(3),
                CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST), OptionalInt.of(3));
        office.desk.addListener(heard::add);
        office.at(9, 0);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Kiosk kiosk() {
        return new Kiosk(office.desk, printer);
    }

    private List<Ticket> ticketsToday() {
        List<Ticket> all = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            all.addAll(office.queue.tickets(DAY, status));
        }
        return all;
    }

    @Test
    void aReadyPrinterPrintsTheTicketWithPeopleAheadWaitRangeAndFollowUpCode() {
        office.desk.issue(A, PriorityGroup.NORMAL).orElseThrow();

        KioskIssue result = kiosk().issue(A, Priority.of(PriorityReason.ELDERLY));

        KioskIssue.Issued issued = (KioskIssue.Issued) result;
        Ticket ticket = issued.ticket();
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.priority().reason()).contains(PriorityReason.ELDERLY);
        assertThat(issued.warnings()).isEmpty();
        PrintedTicket paper = printer.printed.getFirst();
        assertThat(issued.paper()).isEqualTo(paper);
        assertThat(paper.agencyName()).isEqualTo("UBND Phường Test");
        assertThat(paper.serviceName()).isEqualTo("Cấp bản sao văn bằng, chứng chỉ");
        assertThat(paper.number()).isEqualTo("A002");
        assertThat(paper.issuedAt()).isEqualTo(DAY.atTime(9, 0));
        assertThat(paper.peopleAhead()).as("a priority ticket waits behind priority tickets only").isZero();
        assertThat(paper.waitTo()).isEqualTo(ticket.quote().orElseThrow().to()).isPositive();
        assertThat(paper.followUpQr()).isEqualTo("MCQ1|H15.50.05.13|20251105|A002|" + ticket.id().value());
        assertThat(office.desk.waitingFor(1)).extracting(w -> w.ticket().id()).contains(ticket.id());
        assertThat(heard).filteredOn(QueueEvent.TicketChanged.class::isInstance).hasSize(2);
    }

    @Test
    void paperNearTheEndStillIssuesAndWarnsStaff() {
        printer.status = PrinterStatus.PAPER_NEAR_END;

        KioskIssue.Issued issued = (KioskIssue.Issued) kiosk().issue(A, PriorityGroup.NORMAL);

        assertThat(issued.warnings()).containsExactly(StaffWarning.PAPER_NEAR_END);
        assertThat(issued.ticket().status()).isEqualTo(TicketStatus.WAITING);
        assertThat(printer.printed).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"PAPER_OUT, PRINTER_PAPER_OUT", "COVER_OPEN, PRINTER_COVER_OPEN", "OFFLINE, PRINTER_OFFLINE",
            "ERROR, PRINTER_ERROR"})
    void aPrinterThatCannotPrintIssuesNothing(PrinterStatus status, QueueRefusal reason) {
        printer.status = status;

        KioskIssue result = kiosk().issue(A, PriorityGroup.NORMAL);

        assertThat(result).isEqualTo(new KioskIssue.NotIssued(reason, status, ""));
        assertThat(printer.printed).isEmpty();
        assertThat(ticketsToday()).isEmpty();
        assertThat(heard).isEmpty();
        printer.status = PrinterStatus.READY;
        assertThat(((KioskIssue.Issued) kiosk().issue(A, PriorityGroup.NORMAL)).ticket().number().text())
                .as("no number was used").isEqualTo("A001");
    }

    @Test
    void aSilentPrinterIssuesWithAWarningByDefaultOrRefusesWhenConfigured() {
        printer.status = PrinterStatus.UNKNOWN;

        KioskIssue.Issued issued = (KioskIssue.Issued) kiosk().issue(A, PriorityGroup.NORMAL);
        KioskIssue refused = new Kiosk(office.desk, printer, Kiosk.WhenPrinterSilent.REFUSE)
                .issue(A, PriorityGroup.NORMAL);

        assertThat(issued.warnings()).containsExactly(StaffWarning.PRINTER_NO_REPLY);
        assertThat(refused).isEqualTo(new KioskIssue.NotIssued(QueueRefusal.PRINTER_NO_REPLY, PrinterStatus.UNKNOWN,
                ""));
        assertThat(ticketsToday()).hasSize(1);
    }

    @Test
    void aTicketThatFailsToPrintIsCancelledWithTheReasonAndNeverWaits() {
        printer.printing = paper -> PrintOutcome.failed(PrinterStatus.READY, "printer.problem.paperJam");

        KioskIssue result = kiosk().issue(A, PriorityGroup.NORMAL);

        assertThat(result).isEqualTo(new KioskIssue.NotIssued(QueueRefusal.PRINT_FAILED, PrinterStatus.READY,
                "printer.problem.paperJam"));
        Ticket cancelled = office.queue.tickets(DAY, TicketStatus.CANCELLED).getFirst();
        assertThat(cancelled.reason()).contains("queue.cancelled.printFailed");
        assertThat(office.desk.history(cancelled.id()).getLast().note()).isEqualTo("printer.problem.paperJam");
        assertThat(office.desk.waitingFor(1)).isEmpty();
        assertThat(office.desk.counter(1, "canbo.mot").callNext().refusal()).contains(QueueRefusal.NOTHING_WAITING);
        assertThat(heard).singleElement().isInstanceOfSatisfying(QueueEvent.TicketChanged.class,
                e -> assertThat(e.ticket().status()).isEqualTo(TicketStatus.CANCELLED));
    }

    @Test
    void aPrinterDriverThatThrowsCancelsTheTicketToo() {
        printer.printing = paper -> {
            throw new IllegalStateException("USB unplugged");
        };

        assertThat(kiosk().issue(A, PriorityGroup.NORMAL)).isInstanceOfSatisfying(KioskIssue.NotIssued.class,
                notIssued -> assertThat(notIssued.reason()).isEqualTo(QueueRefusal.PRINT_FAILED));
        assertThat(office.queue.tickets(DAY, TicketStatus.CANCELLED)).hasSize(1);
        assertThat(office.desk.issue(A, PriorityGroup.NORMAL).isDone()).as("cancelled tickets use no limit").isTrue();
    }

    @Test
    void whilePrintingTheTicketIsNotCallableNorCountedAhead() {
        List<Object> seenWhilePrinting = new ArrayList<>();
        printer.printing = paper -> {
            seenWhilePrinting.add(office.desk.counter(1, "canbo.mot").callNext().refusal().orElseThrow());
            seenWhilePrinting.add(office.desk.issue(A, PriorityGroup.NORMAL).orElseThrow().quote().orElseThrow()
                    .peopleAhead());
            return PrintOutcome.printed(PrinterStatus.READY);
        };

        kiosk().issue(A, PriorityGroup.NORMAL);

        assertThat(seenWhilePrinting).containsExactly(QueueRefusal.NOTHING_WAITING, 0);
    }

    @Test
    void theIssuingRulesStillApplyAndThePrinterIsNotUsed() {
        office.at(LocalDate.of(2025, 11, 9).atTime(9, 0)); // Sunday

        assertThat(kiosk().issue(A, PriorityGroup.NORMAL)).isEqualTo(new KioskIssue.NotIssued(
                QueueRefusal.NOT_A_WORKING_DAY, PrinterStatus.READY, ""));
        assertThat(printer.printed).isEmpty();
        office.at(9, 0);
        for (int i = 0; i < 3; i++) {
            kiosk().issue(A, PriorityGroup.NORMAL);
        }
        assertThat(kiosk().issue(A, PriorityGroup.NORMAL)).isInstanceOfSatisfying(KioskIssue.NotIssued.class,
                notIssued -> assertThat(notIssued.reason()).isEqualTo(QueueRefusal.DAILY_LIMIT_REACHED));
        assertThat(printer.printed).hasSize(3);
    }
}
