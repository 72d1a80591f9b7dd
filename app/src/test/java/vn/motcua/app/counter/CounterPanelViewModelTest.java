package vn.motcua.app.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TransferTarget;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.store.demo.DemoQueue;

/** The counter panel on the real store, without a window; counter 3 serves services B and C. */
class CounterPanelViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private QueueDesk queue;
    private CounterPanelViewModel panel;

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        queue = desk.services.queue();
        panel = new CounterPanelViewModel(queue, desk.services.ratings(), desk.services.store().dossierTickets(), 3,
                "lan.nt", desk.executor, desk.messages(), desk.clock);
        panel.start();
    }

    @AfterEach
    void close() {
        panel.dispose();
        desk.close();
    }

    private Ticket issue(PriorityGroup group) {
        return queue.issue(DemoQueue.SCHOOL_TRANSFER, group).orElseThrow();
    }

    @Test
    void showsTheWaitingQueueAndReloadsWhenAKioskIssues() {
        assertThat(panel.waitingSummaryProperty().get()).isEqualTo("Không có ai đang chờ");
        assertThat(panel.currentNumberProperty().get()).isEqualTo("—");
        assertThat(panel.currentDetailProperty().get()).isEqualTo("Chưa gọi số nào — bấm «Gọi số tiếp theo» (F2)");

        issue(PriorityGroup.NORMAL);
        desk.clock.advance(Duration.ofMinutes(4));
        issue(PriorityGroup.PRIORITY);

        assertThat(panel.waiting()).extracting(WaitingRow::number).containsExactly("B001", "B002");
        assertThat(panel.waiting()).extracting(WaitingRow::priority).containsExactly("", "Ưu tiên");
        assertThat(panel.waitingSummaryProperty().get()).isEqualTo("2 người đang chờ · lâu nhất 4 phút");
        assertThat(panel.services()).extracting(CounterPanelViewModel.Choice::label)
                .contains("B — Chuyển trường");
        assertThat(panel.otherCounters()).extracting(CounterPanelViewModel.Choice::value)
                .containsExactly(1, 2, 4);
    }

    @Test
    void callsRecallsServesAndFinishesAndEveryCallIsAnnounced() {
        issue(PriorityGroup.NORMAL);

        assertThat(panel.servedTicket()).isEmpty();
        panel.callNext();
        assertThat(panel.currentNumberProperty().get()).isEqualTo("B001");
        assertThat(panel.currentDetailProperty().get()).isEqualTo("Chuyển trường · Đang gọi — lần 1/3");
        assertThat(panel.servedTicket()).hasValueSatisfying(served -> assertThat(served.counter()).isEqualTo(3));
        assertThat(panel.messageProperty().get()).isEqualTo("Đã gọi số B001");
        assertThat(panel.messageIsProblemProperty().get()).isFalse();

        panel.recall();
        assertThat(panel.messageProperty().get()).isEqualTo("Vừa mới gọi — chờ thêm vài giây rồi gọi lại.");
        assertThat(panel.messageIsProblemProperty().get()).isTrue();

        desk.clock.advance(Duration.ofMinutes(1));
        panel.recall();
        assertThat(panel.messageProperty().get()).isEqualTo("Đã gọi lại số B001 (lần 2)");
        assertThat(desk.announcer.announced()).containsExactly(new CallAnnouncement("B001", 3),
                new CallAnnouncement("B001", 3));

        panel.startServing();
        assertThat(panel.servingProperty().get()).isTrue();
        assertThat(panel.currentDetailProperty().get()).isEqualTo("Chuyển trường · Đang phục vụ");

        panel.finish();
        assertThat(panel.hasCurrentProperty().get()).isFalse();
        assertThat(panel.messageProperty().get()).isEqualTo("Đã hoàn thành số B001");
        assertThat(panel.waiting()).isEmpty();
    }

    @Test
    void aRefusalIsShownAsAProblemAndChangesNothing() {
        panel.callNext();

        assertThat(panel.messageProperty().get()).isEqualTo("Không còn ai đang chờ ở quầy này.");
        assertThat(panel.messageIsProblemProperty().get()).isTrue();
        assertThat(panel.hasCurrentProperty().get()).isFalse();
        assertThat(panel.busyProperty().get()).isFalse();
    }

    @Test
    void aPausedCounterCallsNobodyUntilResumed() {
        issue(PriorityGroup.NORMAL);

        panel.togglePause();
        assertThat(panel.pausedProperty().get()).isTrue();
        assertThat(panel.currentDetailProperty().get()).isEqualTo("Quầy đang tạm dừng");
        panel.callNext();
        assertThat(panel.messageProperty().get()).startsWith("Quầy đang tạm dừng");

        panel.togglePause();
        panel.callNext();
        assertThat(panel.currentNumberProperty().get()).isEqualTo("B001");
    }

    @Test
    void parksWithAReasonAndCallsTheParkedTicketBack() {
        Ticket ticket = issue(PriorityGroup.NORMAL);
        panel.callNext();

        panel.park("Chờ bổ sung bản sao học bạ");
        assertThat(panel.hasCurrentProperty().get()).isFalse();
        assertThat(panel.parked()).extracting(WaitingRow::number, WaitingRow::waited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B001", "Chờ bổ sung bản sao học bạ"));

        panel.unpark(ticket.id());
        assertThat(panel.currentNumberProperty().get()).isEqualTo("B001");
        assertThat(panel.parked()).isEmpty();
    }

    @Test
    void aNoShowCanBeReturnedToTheQueue() {
        Ticket ticket = issue(PriorityGroup.NORMAL);
        panel.callNext();

        panel.markNoShow();
        assertThat(panel.noShows()).extracting(WaitingRow::number).containsExactly("B001");
        assertThat(panel.messageProperty().get()).isEqualTo("Số B001 được ghi vắng mặt");

        panel.returnToQueue(ticket.id());
        assertThat(panel.noShows()).isEmpty();
        assertThat(panel.waiting()).extracting(WaitingRow::number).containsExactly("B001");
    }

    @Test
    void transfersToAnotherCounterAndServesAWalkIn() {
        issue(PriorityGroup.NORMAL);
        panel.callNext();

        panel.transfer(new TransferTarget.ToCounter(2), QueuePosition.FRONT, false);
        assertThat(panel.messageProperty().get()).isEqualTo("Đã chuyển số B001");
        assertThat(panel.hasCurrentProperty().get()).isFalse();
        assertThat(queue.waitingFor(2)).extracting(w -> w.ticket().number().text()).containsExactly("B001");

        panel.serveWalkIn(DemoQueue.OTHER_PROCEDURES);
        assertThat(panel.servingProperty().get()).isTrue();
        assertThat(panel.messageProperty().get()).startsWith("Đang phục vụ công dân không lấy số");
    }

    @Test
    void callsASpecificNumberTypedLoosely() {
        issue(PriorityGroup.NORMAL);
        issue(PriorityGroup.NORMAL);

        panel.callSpecific("b2");

        assertThat(panel.currentNumberProperty().get()).isEqualTo("B002");
        assertThat(panel.waiting()).extracting(WaitingRow::number).containsExactly("B001");
    }
}
