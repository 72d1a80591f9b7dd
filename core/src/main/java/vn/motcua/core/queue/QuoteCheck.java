package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** A quoted wait against the real one (issued → first call), for reporting how good quotes are. */
public record QuoteCheck(TicketId ticket, ServiceId service, WaitQuote quote, LocalDateTime issuedAt,
        Optional<LocalDateTime> firstCalledAt) {
    public QuoteCheck {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(firstCalledAt, "firstCalledAt");
    }

    public Optional<Duration> actualWait() {
        return firstCalledAt.map(called -> Duration.between(issuedAt, called));
    }

    /** Empty while not yet called. */
    public Optional<Boolean> withinQuote() {
        return actualWait().map(quote::contains);
    }
}
