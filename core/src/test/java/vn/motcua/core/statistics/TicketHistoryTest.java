package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.WaitQuote;

class TicketHistoryTest {
    static final ServiceId A = new ServiceId("A");
    static final ServiceId B = new ServiceId("B");
    static final TicketId T = new TicketId(7);
    static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 23, 8, 0);

    /** Events written as (minute offset, kind, counter or 0, service). */
    static final class Events {
        final List<TicketEvent> list = new ArrayList<>();

        Events add(double minutes, TicketEventKind kind, int counter, ServiceId service) {
            list.add(new TicketEvent(T, kind, ISSUED.plusSeconds((long) (minutes * 60)),
                    counter == 0 ? OptionalInt.empty() : OptionalInt.of(counter),
                    counter == 0 ? Optional.empty() : Optional.of("clerk" + counter), service, ""));
            return this;
        }
    }

    static TicketHistory.Read read(boolean walkIn, Events events) {
        return TicketHistory.read(T, A, ISSUED, walkIn, Optional.of(new WaitQuote(3, Duration.ofMinutes(5),
                Duration.ofMinutes(10))), events.list);
    }

    @Test
    void recallsDoNotRestartTheServiceAndTheWaitEndsAtTheFirstCall() {
        var read = read(false, new Events()
                .add(0, TicketEventKind.ISSUED, 0, A)
                .add(12, TicketEventKind.CALLED, 2, A)
                .add(13, TicketEventKind.CALLED, 2, A)
                .add(14, TicketEventKind.SERVING, 2, A)
                .add(20.5, TicketEventKind.FINISHED, 2, A));
        TicketVisit visit = read.visit();
        assertThat(visit.waited()).contains(Duration.ofMinutes(12));
        assertThat(visit.firstCounter()).hasValue(2);
        assertThat(visit.firstClerk()).contains("clerk2");
        assertThat(visit.outcome()).isEqualTo(TicketVisit.Outcome.SERVED);
        assertThat(visit.transferred()).isFalse();
        assertThat(read.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.duration()).isEqualTo(Duration.ofSeconds(510)); // 12:00 → 20:30
            assertThat(leg.counter()).isEqualTo(2);
        });
    }

    @Test
    void aTransferredTicketStaysWithItsFirstServiceAndHasOneLegPerService() {
        var read = read(false, new Events()
                .add(0, TicketEventKind.ISSUED, 0, A)
                .add(5, TicketEventKind.CALLED, 1, A)
                .add(9, TicketEventKind.TRANSFERRED, 1, B)
                .add(15, TicketEventKind.CALLED, 3, B)
                .add(16, TicketEventKind.SERVING, 3, B)
                .add(25, TicketEventKind.FINISHED, 3, B));
        assertThat(read.visit().service()).isEqualTo(A);
        assertThat(read.visit().transferred()).isTrue();
        assertThat(read.visit().waited()).contains(Duration.ofMinutes(5));
        assertThat(read.visit().firstCounter()).hasValue(1);
        // the first counter handed it on without finishing: only the second service is a leg
        assertThat(read.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.service()).isEqualTo(B);
            assertThat(leg.counter()).isEqualTo(3);
            assertThat(leg.duration()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @Test
    void aServiceFinishedThenReturnedAndFinishedAgainIsTwoLegs() {
        var read = read(false, new Events()
                .add(0, TicketEventKind.ISSUED, 0, A)
                .add(2, TicketEventKind.CALLED, 1, B)
                .add(6, TicketEventKind.FINISHED, 1, B)
                .add(6, TicketEventKind.RETURNED, 1, A)
                .add(8, TicketEventKind.CALLED, 2, A)
                .add(18, TicketEventKind.FINISHED, 2, A));
        assertThat(read.legs()).extracting(ServiceLeg::duration)
                .containsExactly(Duration.ofMinutes(4), Duration.ofMinutes(10));
    }

    @Test
    void aParkedTicketsServiceRestartsWhenItIsCalledBack() {
        var read = read(false, new Events()
                .add(0, TicketEventKind.ISSUED, 0, A)
                .add(3, TicketEventKind.CALLED, 1, A)
                .add(4, TicketEventKind.SERVING, 1, A)
                .add(6, TicketEventKind.PARKED, 1, A)
                .add(30, TicketEventKind.CALLED, 1, A)
                .add(33, TicketEventKind.FINISHED, 1, A));
        assertThat(read.legs()).singleElement()
                .satisfies(leg -> assertThat(leg.duration()).isEqualTo(Duration.ofMinutes(3)));
        assertThat(read.visit().waited()).contains(Duration.ofMinutes(3));
    }

    @Test
    void aWalkInHasNoWaitAndIsServedFromItsServingEvent() {
        var read = read(true, new Events()
                .add(0, TicketEventKind.ISSUED, 4, A)
                .add(0, TicketEventKind.SERVING, 4, A)
                .add(7, TicketEventKind.FINISHED, 4, A));
        assertThat(read.visit().waited()).isEmpty();
        assertThat(read.visit().firstCall()).isEmpty();
        assertThat(read.visit().outcome()).isEqualTo(TicketVisit.Outcome.SERVED);
        assertThat(read.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.duration()).isEqualTo(Duration.ofMinutes(7));
            assertThat(leg.counter()).isEqualTo(4);
        });
    }

    @Test
    void aNoShowReturnedAndServedCountsAsServed() {
        var read = read(false, new Events()
                .add(0, TicketEventKind.ISSUED, 0, A)
                .add(4, TicketEventKind.CALLED, 1, A)
                .add(5, TicketEventKind.CALLED, 1, A)
                .add(6, TicketEventKind.NO_SHOW, 1, A)
                .add(20, TicketEventKind.RETURNED, 2, A)
                .add(22, TicketEventKind.CALLED, 2, A)
                .add(30, TicketEventKind.FINISHED, 2, A));
        assertThat(read.visit().outcome()).isEqualTo(TicketVisit.Outcome.SERVED);
        assertThat(read.visit().waited()).contains(Duration.ofMinutes(4));
        assertThat(read.legs()).singleElement()
                .satisfies(leg -> assertThat(leg.duration()).isEqualTo(Duration.ofMinutes(8)));
    }

    @Test
    void outcomesOfTicketsNeverServed() {
        assertThat(read(false, new Events().add(0, TicketEventKind.ISSUED, 0, A)
                .add(4, TicketEventKind.CALLED, 1, A).add(6, TicketEventKind.NO_SHOW, 1, A)
                .add(600, TicketEventKind.CLOSED, 0, A)).visit().outcome())
                .isEqualTo(TicketVisit.Outcome.NO_SHOW);
        assertThat(read(false, new Events().add(0, TicketEventKind.ISSUED, 0, A)
                .add(1, TicketEventKind.CANCELLED, 0, A)).visit().outcome())
                .isEqualTo(TicketVisit.Outcome.CANCELLED);
        TicketHistory.Read closed = read(false, new Events().add(0, TicketEventKind.ISSUED, 0, A)
                .add(600, TicketEventKind.CLOSED, 0, A));
        assertThat(closed.visit().outcome()).isEqualTo(TicketVisit.Outcome.UNSERVED);
        assertThat(closed.visit().waited()).isEmpty();
        assertThat(closed.legs()).isEmpty();
    }
}
