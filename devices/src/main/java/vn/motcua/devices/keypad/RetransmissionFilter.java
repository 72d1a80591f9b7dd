package vn.motcua.devices.keypad;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Tells a keypad's retransmitted EVT from a new press (the duplicate rule of {@code docs/keypad-protocol.md}): a
 * copy has the same address, sequence number, key and press time as an EVT whose last copy arrived within the
 * window. A frame with sequence 0 means the keypad has just started: its remembered numbers are forgotten. At most
 * 255 entries per address are kept, and entries older than the window are dropped as new ones come.
 * Not thread-safe: the reader thread owns it.
 */
final class RetransmissionFilter {
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Map<Integer, Seen>> byAddress = new HashMap<>();

    RetransmissionFilter(Duration window, LongSupplier nanoTime) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The duplicate window must be positive");
        }
        this.windowNanos = window.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime);
    }

    /** Notes any frame from a keypad; a sequence 0 clears what is remembered for its address. */
    void heard(KeypadFrame frame) {
        if (frame.sequence() == 0) {
            byAddress.remove(frame.address());
        }
    }

    /** True for the first copy of a press, false for a retransmission of one already seen. */
    boolean isNewPress(KeypadFrame frame, KeypadMessage.Press press) {
        long now = nanoTime.getAsLong();
        Map<Integer, Seen> seen = byAddress.computeIfAbsent(frame.address(), a -> new HashMap<>());
        Seen earlier = seen.get(frame.sequence());
        if (earlier != null && earlier.press.equals(press) && now - earlier.lastCopy <= windowNanos) {
            seen.put(frame.sequence(), new Seen(press, now));
            return false;
        }
        forgetOlderThanWindow(seen, now);
        seen.put(frame.sequence(), new Seen(press, now));
        return true;
    }

    private void forgetOlderThanWindow(Map<Integer, Seen> seen, long now) {
        for (Iterator<Seen> it = seen.values().iterator(); it.hasNext(); ) {
            if (now - it.next().lastCopy > windowNanos) {
                it.remove();
            }
        }
    }

    /** How many sequence numbers are remembered for an address (for tests of the bound). */
    int remembered(String address) {
        Map<Integer, Seen> seen = byAddress.get(address);
        return seen == null ? 0 : seen.size();
    }

    private record Seen(KeypadMessage.Press press, long lastCopy) {
    }
}
