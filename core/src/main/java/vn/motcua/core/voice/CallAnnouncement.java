package vn.motcua.core.voice;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Xin mời công dân có số thứ tự {ticket} đến quầy số {counter}". The ticket number is as printed: up to
 * four service-prefix letters A–Z then 1..6 digits ("A005", "1025").
 */
public record CallAnnouncement(String ticketNumber, int counterNumber) {

    private static final Pattern TICKET = Pattern.compile("([A-Z]{0,4})([0-9]{1,6})");

    public CallAnnouncement {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        if (!TICKET.matcher(ticketNumber).matches()) {
            throw new IllegalArgumentException(
                    "Ticket number must be up to 4 letters A-Z then 1 to 6 digits, was '" + ticketNumber + "'");
        }
        if (counterNumber < 1 || counterNumber > VietnameseNumberWords.MAX) {
            throw new IllegalArgumentException("Counter number must be 1.." + VietnameseNumberWords.MAX
                    + ", was " + counterNumber);
        }
    }

    /** The service prefix letters, "" when the ticket has none. */
    public String prefix() {
        return parts().group(1);
    }

    /** The numeric part as a number: "A005" → 5. */
    public int sequence() {
        return Integer.parseInt(parts().group(2));
    }

    private Matcher parts() {
        Matcher matcher = TICKET.matcher(ticketNumber);
        matcher.matches();
        return matcher;
    }
}
