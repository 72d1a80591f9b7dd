package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What goes on the ticket paper (DOMAIN §6): agency header, service, number, time, people ahead, the
 * estimated wait as a range, and the text of the QR code that follows the ticket.
 */
public record PrintedTicket(String agencyName, String serviceName, String number, LocalDateTime issuedAt,
        int peopleAhead, Duration waitFrom, Duration waitTo, String followUpQr) {
    public PrintedTicket {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(waitFrom, "waitFrom");
        Objects.requireNonNull(waitTo, "waitTo");
        Objects.requireNonNull(followUpQr, "followUpQr");
        if (peopleAhead < 0 || waitTo.compareTo(waitFrom) < 0) {
            throw new IllegalArgumentException("People ahead >= 0 and wait range from <= to");
        }
    }
}
