package vn.motcua.core.queue;

import java.util.Optional;

/**
 * The end-of-day rule for one unfinished ticket: closed with an outcome, or kept for the next day when its
 * service keeps tickets overnight and the citizen is still waiting (or parked). Called and serving tickets are
 * always closed: nobody is at the counter overnight.
 */
public final class DailyClose {
    private DailyClose() {
    }

    /** @return the outcome to close with; empty when the ticket stays for tomorrow */
    public static Optional<CloseOutcome> outcome(Ticket ticket, Optional<QueueService> service) {
        boolean keep = service.map(QueueService::keepOvernight).orElse(false);
        return switch (ticket.status()) {
            case PRINTING -> Optional.of(CloseOutcome.NOT_PRINTED);
            case WAITING -> keep ? Optional.empty() : Optional.of(CloseOutcome.NOT_CALLED);
            case PARKED -> keep ? Optional.empty() : Optional.of(CloseOutcome.LEFT_PARKED);
            case CALLED, NO_SHOW -> Optional.of(CloseOutcome.NOT_ARRIVED);
            case SERVING -> Optional.of(CloseOutcome.FINISH_NOT_RECORDED);
            case FINISHED, CANCELLED, CLOSED -> Optional.empty();
        };
    }
}
