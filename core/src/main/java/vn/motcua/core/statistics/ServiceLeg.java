package vn.motcua.core.statistics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.TicketId;

/**
 * One finished service at a counter: from the call that brought the citizen there (the first of its recalls,
 * or the call back from a park) to finish, exactly what the desk measures for its wait estimates. A ticket
 * transferred and served twice has two legs.
 */
public record ServiceLeg(TicketId ticket, ServiceId service, int counter, Optional<String> clerk,
        LocalDateTime calledAt, LocalDateTime finishedAt) {
    public ServiceLeg {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(calledAt, "calledAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public Duration duration() {
        return Duration.ofSeconds(Math.max(0, Duration.between(calledAt, finishedAt).toSeconds()));
    }
}
