package vn.motcua.core.queue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.AgencyCode;

/**
 * The text of the QR code on a ticket, by which a citizen follows it: {@code MCQ1|agency|yyyyMMdd|number|id}.
 * Stable: printed tickets must stay readable by later versions, so a change means a new version tag.
 */
public record FollowUpCode(AgencyCode agency, LocalDate day, TicketNumber number, TicketId ticket) {
    public static final String VERSION_TAG = "MCQ1";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public FollowUpCode {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(ticket, "ticket");
    }

    public static FollowUpCode of(AgencyCode agency, Ticket ticket) {
        return new FollowUpCode(agency, ticket.day(), ticket.number(), ticket.id());
    }

    public String text() {
        return String.join("|", VERSION_TAG, agency.value(), DAY.format(day), number.text(),
                Long.toString(ticket.value()));
    }

    /** Reads a scanned code; empty when it is not a ticket code of this version. */
    public static Optional<FollowUpCode> parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\|", -1);
        if (parts.length != 5 || !VERSION_TAG.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return TicketNumber.parse(parts[3]).map(number -> new FollowUpCode(new AgencyCode(parts[1]),
                    LocalDate.parse(parts[2], DAY), number, new TicketId(Long.parseLong(parts[4]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
