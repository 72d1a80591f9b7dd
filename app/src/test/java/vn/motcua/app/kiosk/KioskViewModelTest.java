package vn.motcua.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.devices.printer.VirtualTicketPrinter;

/** The kiosk on the real store with the training (virtual) printer, without a window. */
class KioskViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private KioskViewModel kiosk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        desk.executor.holdScheduled();
        kiosk = new KioskViewModel(desk.services.settings().agencyName(), desk.services.queue(),
                desk.services.kiosk(), desk.services.trainingPrinter(), desk.executor, desk.messages());
        kiosk.start();
    }

    @AfterEach
    void close() {
        kiosk.dispose();
        desk.close();
    }

    private ServiceTile tile(String prefix) {
        return kiosk.services().stream().filter(t -> t.prefix().equals(prefix)).findFirst().orElseThrow();
    }

    private VirtualTicketPrinter printer() {
        return (VirtualTicketPrinter) desk.services.ticketPrinter();
    }

    @Test
    void listsTheServicesWithTheirIssuingHours() {
        assertThat(kiosk.services()).extracting(ServiceTile::prefix).containsExactly("A", "B", "C");
        assertThat(tile("B").name()).isEqualTo("Chuyển trường");
        assertThat(tile("B").open()).isTrue();
        assertThat(tile("B").hours()).isEqualTo("Giờ phát số: 07:00–11:00, 13:30–16:30");
    }

    @Test
    void issuesAPrintedTicketWithPeopleAheadAndTheWaitRangeThenReturnsToTheStart() {
        kiosk.choose(tile("B"));
        kiosk.choose(tile("B"));
        assertThat(kiosk.showingResultProperty().get()).isTrue();
        kiosk.backToStart();

        kiosk.priorityProperty().set(false);
        kiosk.choose(tile("B"));

        assertThat(kiosk.issuedProperty().get()).isTrue();
        assertThat(kiosk.ticketNumberProperty().get()).isEqualTo("B002");
        assertThat(kiosk.ticketServiceProperty().get()).isEqualTo("Chuyển trường");
        assertThat(kiosk.ticketDetailsProperty().get())
                .isEqualTo("Số người đang chờ trước ông/bà: 1 · Thời gian chờ dự kiến: dưới 20 phút");
        assertThat(kiosk.resultMessageProperty().get()).isEqualTo("Mời ông/bà nhận phiếu và chờ gọi số");
        assertThat(printer().lastTicket()).hasValueSatisfying(t -> assertThat(t.ticket().number()).isEqualTo("B002"));
        assertThat(kiosk.trainingTicketProperty().get()).as("the training ticket on screen").isNotNull();
        assertThat(kiosk.trainingTicketProperty().get().getWidth()).isEqualTo(576);

        assertThat(desk.executor.runScheduled()).isEqualTo(1);
        assertThat(kiosk.showingResultProperty().get()).isFalse();
    }

    @Test
    void aPriorityCitizenGetsAPriorityTicketAndTheToggleResets() {
        kiosk.priorityProperty().set(true);
        kiosk.choose(tile("A"));

        assertThat(desk.services.queue().waitingFor(1)).singleElement()
                .satisfies(w -> assertThat(w.ticket().priority().isPriority()).isTrue());
        assertThat(kiosk.priorityProperty().get()).isFalse();
    }

    @Test
    void paperOutGivesNoTicketAndSaysWhy() {
        printer().setStatus(PrinterStatus.PAPER_OUT);

        kiosk.choose(tile("B"));

        assertThat(kiosk.issuedProperty().get()).isFalse();
        assertThat(kiosk.resultMessageProperty().get())
                .isEqualTo("Máy in phiếu đã hết giấy. Xin mời ông/bà liên hệ cán bộ tại quầy hướng dẫn.");
        assertThat(desk.services.queue().waitingFor(3)).isEmpty();
        assertThat(kiosk.trainingTicketProperty().get()).isNull();
        assertThat(desk.services.store().queue().tickets(desk.services.queue().today(), TicketStatus.WAITING))
                .isEmpty();
    }

    @Test
    void paperNearEndPrintsAndWarnsStaffNotTheCitizen() {
        printer().setStatus(PrinterStatus.PAPER_NEAR_END);

        kiosk.choose(tile("B"));

        assertThat(kiosk.issuedProperty().get()).isTrue();
        assertThat(kiosk.staffNoticeProperty().get()).isEqualTo("Máy in phiếu sắp hết giấy — thay cuộn giấy mới.");
    }

    @Test
    void aServiceAtItsDailyLimitIsClosedWithTheReason() {
        for (int i = 0; i < 100; i++) {
            desk.services.queue().issue(vn.motcua.store.demo.DemoQueue.SCHOOL_TRANSFER,
                    vn.motcua.core.queue.PriorityGroup.NORMAL);
        }
        kiosk.loadServices();

        assertThat(tile("B").open()).isFalse();
        assertThat(tile("B").closedReason()).startsWith("Dịch vụ này đã hết số trong ngày hôm nay.");
        assertThat(tile("A").open()).isTrue();
    }

    @Test
    void outsideIssuingHoursTheServicesAreClosedWithTheReason() {
        desk.clock.advance(Duration.ofHours(4));
        kiosk.loadServices();

        assertThat(tile("B").open()).isFalse();
        assertThat(tile("B").closedReason()).isEqualTo("Dịch vụ này hiện ngoài giờ phát số.");
    }
}
