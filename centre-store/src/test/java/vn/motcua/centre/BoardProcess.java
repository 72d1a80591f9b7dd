package vn.motcua.centre;

import java.nio.file.Path;
import java.time.Duration;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.TicketEventKind;

/**
 * A display board PC in its own JVM: {@code URL USER PASSWORD_FILE}. Follows the centre's event feed from the
 * start and prints {@code call EVENT_ID TICKET_ID COUNTER} for every call it receives, in the order received, and
 * {@code seen EVENT_ID} after each batch; it stops when its standard input closes.
 */
public final class BoardProcess {
    private BoardProcess() {
    }

    public static void main(String[] args) throws Exception {
        CentreSettings settings = new CentreSettings(args[0], args[1], Path.of(args[2]), Duration.ofSeconds(2),
                Duration.ofSeconds(10), 1);
        try (QueueEventFeed feed = QueueEventFeed.start(settings, 0, new QueueEventFeed.Subscriber() {
            @Override
            public void onEvents(java.util.List<LoggedEvent> events) {
                StringBuilder lines = new StringBuilder();
                for (LoggedEvent event : events) {
                    if (event.event().kind() == TicketEventKind.CALLED) {
                        lines.append("call ").append(event.id()).append(' ').append(event.event().ticket().value())
                                .append(' ').append(event.event().counter().orElse(0)).append('\n');
                    }
                }
                lines.append("seen ").append(events.getLast().id()).append('\n');
                System.out.print(lines);
                System.out.flush();
            }

            @Override
            public void onConnection(boolean connected) {
                System.out.println(connected ? "connected" : "disconnected");
                System.out.flush();
            }
        })) {
            while (System.in.read() >= 0) {
                // runs until the test closes our input
            }
        }
    }
}
