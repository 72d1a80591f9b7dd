package vn.motcua.core.voice;

/**
 * Port: says a call out loud at the counter area. Announcements are queued and never overlap;
 * {@link #announce} returns at once and never fails because of the sound device.
 */
public interface CallAnnouncer extends AutoCloseable {

    void announce(CallAnnouncement announcement);

    /** Stops announcing; calls still queued are dropped. */
    @Override
    void close();
}
