package vn.motcua.core.rating;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Port: the satisfaction keypad at a counter (serial keypad, keyboard-emulating pad, touch screen or a
 * virtual one). Arming accepts exactly one press for the ticket within the window.
 */
public interface RatingKeypad {

    void arm(String ticketNumber, Duration window);

    void disarm();

    /** Every press is reported, armed or not, so misuse can be flagged rather than silently dropped. */
    void onPress(Consumer<KeyPress> listener);

    record KeyPress(int key, boolean armed, String ticketNumber) {
    }
}
