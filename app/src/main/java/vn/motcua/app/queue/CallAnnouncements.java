package vn.motcua.app.queue;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.queue.QueueEvent;
import vn.motcua.core.queue.QueueListener;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.core.voice.CallAnnouncer;

/** Says every call and recall aloud: the queue's listener in front of the announcer's own queue. */
public final class CallAnnouncements implements QueueListener {
    private static final Logger LOG = LoggerFactory.getLogger(CallAnnouncements.class);

    private final CallAnnouncer announcer;

    public CallAnnouncements(CallAnnouncer announcer) {
        this.announcer = Objects.requireNonNull(announcer);
    }

    @Override
    public void onEvent(QueueEvent event) {
        if (event instanceof QueueEvent.TicketChanged changed && changed.kind() == TicketEventKind.CALLED
                && changed.counter().isPresent()) {
            try {
                announcer.announce(new CallAnnouncement(changed.ticket().number().text(),
                        changed.counter().getAsInt()));
            } catch (IllegalArgumentException e) {
                // A prefix or number the voice cannot say: the board still shows the call.
                LOG.warn("A call could not be announced: {}", e.getMessage());
            }
        }
    }
}
