package vn.motcua.core.statistics;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.WaitQuote;

/**
 * Reads a ticket's stored events (oldest first) the way the queue wrote them, into the ticket's
 * {@link TicketVisit} and its {@link ServiceLeg}s.
 *
 * <p>A service starts at the call that brought the citizen to the counter: a CALLED event that follows another
 * CALLED event of the same counter is a recall and does not restart it; a call back from a park does. A walk-in
 * starts at its SERVING event. It ends at FINISHED. This is the same call → finish the counter records in
 * {@code queue_service_time}, here with the counter and clerk.
 */
public final class TicketHistory {
    private TicketHistory() {
    }

    /** What the store read: the ticket's row fields and its events in the order they were stored. */
    public record Read(TicketVisit visit, List<ServiceLeg> legs) {
        public Read {
            Objects.requireNonNull(visit, "visit");
            legs = List.copyOf(legs);
        }
    }

    /**
     * @param issuedAt the ticket row's issue time (for kiosk tickets, when the number was given)
     * @param events   the ticket's events, oldest first; may be empty for a ticket still printing
     * @param service  the ticket's service when no ISSUED event says otherwise
     */
    public static Read read(TicketId ticket, ServiceId service, LocalDateTime issuedAt, boolean walkIn,
            Optional<WaitQuote> quote, List<TicketEvent> events) {
        ServiceId issuedFor = service;
        boolean issuedSeen = false;
        TicketVisit.Call firstCall = null;
        boolean transferred = false;
        boolean finished = false;
        boolean noShow = false;
        boolean cancelled = false;
        TicketEvent previous = null;
        LocalDateTime serviceStart = null;
        int serviceCounter = -1;
        Optional<String> serviceClerk = Optional.empty();
        List<ServiceLeg> legs = new ArrayList<>();
        for (TicketEvent event : events) {
            switch (event.kind()) {
                case ISSUED -> {
                    if (!issuedSeen) {
                        issuedFor = event.service();
                        issuedSeen = true;
                    }
                }
                case CALLED -> {
                    int counter = event.counter().orElse(-1);
                    boolean recall = previous != null && previous.kind() == TicketEventKind.CALLED
                            && previous.counter().orElse(-2) == counter;
                    if (!recall) {
                        serviceStart = event.at();
                        serviceCounter = counter;
                        serviceClerk = event.clerk();
                    }
                    if (firstCall == null && !walkIn && counter > 0) {
                        firstCall = new TicketVisit.Call(event.at(), counter, event.clerk());
                    }
                }
                case SERVING -> {
                    if (serviceStart == null) {
                        serviceStart = event.at();
                        serviceCounter = event.counter().orElse(serviceCounter);
                        serviceClerk = event.clerk();
                    }
                }
                case FINISHED -> {
                    if (serviceStart != null) {
                        int counter = event.counter().orElse(serviceCounter);
                        legs.add(new ServiceLeg(ticket, event.service(), counter,
                                event.clerk().isPresent() ? event.clerk() : serviceClerk, serviceStart, event.at()));
                    }
                    finished = true;
                    serviceStart = null;
                }
                case NO_SHOW -> {
                    noShow = true;
                    serviceStart = null;
                }
                case TRANSFERRED -> {
                    transferred = true;
                    serviceStart = null;
                }
                case PARKED, RETURNED, CLOSED -> serviceStart = null;
                case CANCELLED -> {
                    cancelled = true;
                    serviceStart = null;
                }
            }
            previous = event;
        }
        TicketVisit.Outcome outcome = finished ? TicketVisit.Outcome.SERVED
                : cancelled ? TicketVisit.Outcome.CANCELLED
                : noShow ? TicketVisit.Outcome.NO_SHOW
                : TicketVisit.Outcome.UNSERVED;
        TicketVisit visit = new TicketVisit(ticket, issuedFor, issuedAt, walkIn, Optional.ofNullable(firstCall),
                outcome, transferred, quote);
        return new Read(visit, legs);
    }
}
