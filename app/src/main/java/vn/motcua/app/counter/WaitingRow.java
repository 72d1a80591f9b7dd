package vn.motcua.app.counter;

import vn.motcua.core.queue.TicketId;

/** One ticket in a counter's lists, as the clerk reads it. */
public record WaitingRow(TicketId id, String number, String service, String priority, String waited,
        boolean isPriority) {
}
