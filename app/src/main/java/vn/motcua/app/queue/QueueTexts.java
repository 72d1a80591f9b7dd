package vn.motcua.app.queue;

import java.time.Duration;
import java.util.Objects;
import vn.motcua.app.i18n.Messages;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.queue.WaitQuote;

/** How queue facts read on screen, the same on the kiosk, the counter panel and the board. */
public final class QueueTexts {
    private final Messages messages;

    public QueueTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public String refusal(QueueRefusal reason) {
        return messages.get(reason.messageKey());
    }

    public String status(TicketStatus status) {
        String key = "ticketStatus." + status.name();
        return messages.get(key);
    }

    /** Whole minutes, rounded up, so a citizen is never told a shorter wait than the counter measured. */
    public String minutes(Duration duration) {
        return messages.format("queue.minutes", Long.toString(wholeMinutes(duration)));
    }

    /** "10–25 phút"; "dưới 15 phút" when the quick end is no wait at all. */
    public String waitRange(WaitQuote quote) {
        long from = wholeMinutes(quote.from());
        long to = wholeMinutes(quote.to());
        return from == 0 ? messages.format("queue.waitUpTo", Long.toString(to))
                : messages.format("queue.waitRange", Long.toString(from), Long.toString(to));
    }

    public String serviceName(QueueConfiguration configuration, ServiceId id) {
        return configuration.service(id).map(QueueService::name).orElse(id.value());
    }

    public String priorityMark(Ticket ticket) {
        return ticket.priority().isPriority() ? messages.get("queue.priorityMark") : "";
    }

    static long wholeMinutes(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return (seconds + 59) / 60;
    }
}
