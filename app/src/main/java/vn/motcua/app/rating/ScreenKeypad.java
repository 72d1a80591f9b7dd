package vn.motcua.app.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.motcua.core.rating.RatingKeypad;

/**
 * The customer-facing touch screen as a keypad: its big buttons, and keyboard-emulating pads (keys 1–4) typed into
 * the rating window, become presses like a serial pad's. The screen shows the armed state from the rating events,
 * so lighting it is only remembered here.
 */
public final class ScreenKeypad implements RatingKeypad {
    /** The keypad name stored with a touch on the screen. */
    public static final String TOUCH = "screen";
    /** The keypad name stored with a key typed by a keyboard-emulating pad. */
    public static final String KEYBOARD = "keyboard";

    private final Clock clock;
    private final List<Consumer<KeyPress>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean lit;
    private volatile boolean closed;

    public ScreenKeypad(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** A button touched on the screen. Blocks on the store: never on the JavaFX thread. */
    public void touch(int key) {
        report(TOUCH, key);
    }

    /** A digit typed by a keyboard-emulating pad. Blocks on the store: never on the JavaFX thread. */
    public void typed(int key) {
        report(KEYBOARD, key);
    }

    private void report(String source, int key) {
        if (closed) {
            return;
        }
        KeyPress press = new KeyPress(source, key, 0, clock.instant());
        listeners.forEach(listener -> listener.accept(press));
    }

    public boolean lit() {
        return lit;
    }

    @Override
    public void arm(String ticketNumber, Duration window) {
        lit = true;
    }

    @Override
    public void disarm() {
        lit = false;
    }

    @Override
    public void onPress(Consumer<KeyPress> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void onState(Consumer<KeypadState> listener) {
        Objects.requireNonNull(listener);
    }

    @Override
    public KeypadState state() {
        return closed ? KeypadState.CLOSED : KeypadState.CONNECTED;
    }

    @Override
    public void close() {
        closed = true;
    }
}
