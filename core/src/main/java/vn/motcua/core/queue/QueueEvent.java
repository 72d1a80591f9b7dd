package vn.motcua.core.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalInt;

/** A change for screens in this process (kiosk, counter panels, display board), sent after it is stored. */
public sealed interface QueueEvent {

    LocalDateTime at();

    /**
     * @param counter the counter that acted, or that called: with {@link TicketEventKind#CALLED} the display
     *                board announces {@code ticket.number()} at this counter
     */
    record TicketChanged(TicketEventKind kind, Ticket ticket, OptionalInt counter, LocalDateTime at)
            implements QueueEvent {
        public TicketChanged {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(counter, "counter");
            Objects.requireNonNull(at, "at");
        }
    }

    record CounterChanged(int counter, boolean paused, LocalDateTime at) implements QueueEvent {
        public CounterChanged {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Many tickets changed at once: screens should reload rather than patch. */
    record DayClosed(LocalDate day, int closedTickets, LocalDateTime at) implements QueueEvent {
        public DayClosed {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A change stored by any desk of a centre, as the shared store's event feed delivers it (centre mode): screens
     * reload, as they would for a change made here.
     */
    record Stored(LoggedEvent event) implements QueueEvent {
        public Stored {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public LocalDateTime at() {
            return event.event().at();
        }
    }

    /**
     * The shared store (centre mode) was lost or is reachable again, as the store's event feed found: when reachable
     * again, every change stored meanwhile has been delivered before this. Screens say the queue is unavailable, and
     * reload when it is back.
     */
    record StoreReachable(boolean reachable, LocalDateTime at) implements QueueEvent {
        public StoreReachable {
            Objects.requireNonNull(at, "at");
        }
    }
}
