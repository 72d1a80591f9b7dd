package vn.motcua.devices.printer;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import vn.motcua.core.queue.PrintedTicket;

/** The lines of a ticket as printed, in Vietnamese, before layout. */
public record TicketText(String header, String service, String numberLabel, String number, String issued,
        String peopleAhead, String expectedWait, String footer) {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("vn.motcua.devices.printer.TicketLabels");
    /** issuedAt is already a wall-clock time at the counter (Asia/Ho_Chi_Minh); 24-hour clock. */
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public static TicketText of(PrintedTicket ticket) {
        return new TicketText(
                nfc(ticket.agencyName()),
                nfc(ticket.serviceName()),
                LABELS.getString("ticket.numberLabel"),
                nfc(ticket.number()),
                label("ticket.issued", ISSUED.format(ticket.issuedAt())),
                label("ticket.peopleAhead", Integer.toString(ticket.peopleAhead())),
                expectedWait(ticket.waitFrom(), ticket.waitTo()),
                LABELS.getString("ticket.footer"));
    }

    private static String expectedWait(Duration from, Duration to) {
        long fromMinutes = from.toMinutes();
        long toMinutes = ceilMinutes(to);
        if (fromMinutes == toMinutes) {
            return label("ticket.waitExact", Long.toString(fromMinutes));
        }
        return fromMinutes == 0 ? label("ticket.waitUpTo", Long.toString(toMinutes))
                : label("ticket.waitRange", Long.toString(fromMinutes), Long.toString(toMinutes));
    }

    private static long ceilMinutes(Duration duration) {
        long minutes = duration.toMinutes();
        return duration.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
    }

    private static String label(String key, Object... values) {
        return MessageFormat.format(LABELS.getString(key), values);
    }

    /** Decomposed input (a base letter plus combining marks) would otherwise print marks misplaced. */
    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
