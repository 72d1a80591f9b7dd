package vn.motcua.core.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Port: the satisfaction keypad at one counter (serial keypad, keyboard-emulating pad, touch screen or a
 * virtual one). The adapter speaks to the device; whether a press counts is decided in core, never here:
 * every press is reported, armed or not, so misuse can be flagged rather than silently dropped.
 */
public interface RatingKeypad extends AutoCloseable {

    /**
     * Lights the pad for one press for this ticket (LED on, buffered presses cleared). The pad may go dark
     * after the window; the host still decides whether a press counts.
     */
    void arm(String ticketNumber, Duration window);

    /** Turns the pad's LED off; presses still arrive and are reported. */
    void disarm();

    /** Every press the device reports, exactly once each (retransmitted frames removed by the adapter). */
    void onPress(Consumer<KeyPress> listener);

    /** Connection changes: unplugged, heartbeats lost, reconnected. */
    void onState(Consumer<KeypadState> listener);

    KeypadState state();

    /** Stops reconnecting and releases the port. */
    @Override
    void close();

    /**
     * One press as the device reported it.
     *
     * @param keypad       the pad's address or serial, as configured or announced by its ID frame
     * @param key          1-based key number as printed on the pad (1 = leftmost)
     * @param pressMillis  how long the key was held, as reported; 0 when the device does not say
     * @param receivedAt   when the host received the (first copy of the) press
     */
    record KeyPress(String keypad, int key, long pressMillis, Instant receivedAt) {
    }

    enum KeypadState {
        /** Open and heard from within the heartbeat window. */
        CONNECTED,
        /** Port gone or heartbeats missed; the adapter is reconnecting on a new port object. */
        DISCONNECTED,
        /** {@link #close()} was called. */
        CLOSED
    }
}
