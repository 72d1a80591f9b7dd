package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Tickets and services for the pure queue rule tests. */
final class QueueFixtures {
    static final LocalDate DAY = LocalDate.of(2025, 11, 5); // a Wednesday
    static final ServiceId A = new ServiceId("A");
    static final ServiceId B = new ServiceId("B");
    static final ServiceId C = new ServiceId("C");

    private QueueFixtures() {
    }

    static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    static Ticket waiting(long id, ServiceId service, PriorityGroup group, LocalDateTime queuedAt) {
        return new Ticket(new TicketId(id), new TicketNumber(service.value(), (int) id), DAY, service,
                Priority.of(group), TicketStatus.WAITING, queuedAt, Ticket.Place.inLine(queuedAt), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    static Ticket atFront(Ticket ticket, LocalDateTime movedAt) {
        return ticket.requeued(ticket.service(), ticket.priority(),
                new Ticket.Place(movedAt, true, OptionalInt.empty()), Optional.empty());
    }

    static Ticket reservedFor(Ticket ticket, int counter) {
        return ticket.requeued(ticket.service(), ticket.priority(),
                new Ticket.Place(ticket.place().queuedAt(), false, OptionalInt.of(counter)), Optional.empty());
    }

    static QueueService service(ServiceId id, OptionalInt dailyLimit) {
        return new QueueService(id, "Service " + id, id.value(),
                List.of(new IssuingWindow(LocalTime.of(7, 0), LocalTime.of(11, 0)),
                        new IssuingWindow(LocalTime.of(13, 30), LocalTime.of(16, 30))),
                dailyLimit, false, Duration.ofMinutes(10));
    }
}
