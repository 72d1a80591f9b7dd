package vn.motcua.devices.sound;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.core.voice.CallAnnouncer;

/** Training mode and tests: remembers the calls instead of saying them. */
public final class VirtualCallAnnouncer implements CallAnnouncer {

    private final List<CallAnnouncement> announced = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    @Override
    public void announce(CallAnnouncement announcement) {
        if (!closed) {
            announced.add(announcement);
        }
    }

    /** The calls announced so far, oldest first. */
    public List<CallAnnouncement> announced() {
        return List.copyOf(announced);
    }

    @Override
    public void close() {
        closed = true;
    }
}
