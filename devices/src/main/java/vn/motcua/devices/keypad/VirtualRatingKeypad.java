package vn.motcua.devices.keypad;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.motcua.core.rating.RatingKeypad;

/**
 * A keypad without hardware: training mode presses its keys from the screen, a keyboard-emulating pad types its
 * digits into the rating screen ({@link #typed(char)}), tests press it from code. It behaves like the serial one:
 * every press is reported (lit or not), {@link #arm} lights it for one press until the window ends, a press puts
 * it out. Listeners are called on the thread that presses, before {@link #press} returns.
 */
public final class VirtualRatingKeypad implements RatingKeypad {
    private final String keypad;
    private final int keys;
    private final Clock clock;
    private final List<Consumer<KeyPress>> pressListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<KeypadState>> stateListeners = new CopyOnWriteArrayList<>();
    private KeypadState state = KeypadState.CONNECTED;
    private Lit lit;

    /**
     * @param keypad what presses are reported from, e.g. {@code "virtual"} or {@code "keyboard"}
     * @param keys   how many keys the pad has (1..9)
     * @param clock  stamps presses and ends the armed window
     */
    public VirtualRatingKeypad(String keypad, int keys, Clock clock) {
        this.keypad = Objects.requireNonNull(keypad, "keypad");
        if (keys < 1 || keys > KeypadMessage.Press.MAX_KEY) {
            throw new IllegalArgumentException("A keypad has 1.." + KeypadMessage.Press.MAX_KEY + " keys, not " + keys);
        }
        this.keys = keys;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A 3-key pad (the default 3-level scale) on the system clock. */
    public VirtualRatingKeypad(String keypad) {
        this(keypad, 3, Clock.systemDefaultZone());
    }

    /** A press held for an unknown time. */
    public boolean press(int key) {
        return press(key, 0);
    }

    /**
     * Presses a key and reports it to the listeners.
     *
     * @return false when the pad is unplugged or closed: nothing is reported, like a real pad without its cable
     * @throws IllegalArgumentException for a key the pad does not have
     */
    public boolean press(int key, long pressMillis) {
        if (key < 1 || key > keys) {
            throw new IllegalArgumentException("This pad has keys 1.." + keys + ", not " + key);
        }
        if (pressMillis < 0) {
            throw new IllegalArgumentException("A press lasts 0 ms or more");
        }
        KeyPress press;
        synchronized (this) {
            if (state != KeypadState.CONNECTED) {
                return false;
            }
            lit = null;
            press = new KeyPress(keypad, key, pressMillis, clock.instant());
        }
        pressListeners.forEach(listener -> listener.accept(press));
        return true;
    }

    /**
     * A character typed by a keyboard-emulating pad: the digits 1 up to the key count are presses.
     *
     * @return true when the character was a key of this pad and was reported
     */
    public boolean typed(char character) {
        if (character < '1' || character > '0' + keys) {
            return false;
        }
        return press(character - '0', 0);
    }

    @Override
    public synchronized void arm(String ticketNumber, Duration window) {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The rating window must be positive");
        }
        if (state != KeypadState.CLOSED) {
            lit = new Lit(ticketNumber, clock.instant().plus(window));
        }
    }

    @Override
    public synchronized void disarm() {
        lit = null;
    }

    /** The ticket the pad is lit for: armed, window not over, not yet pressed. */
    public synchronized Optional<String> litFor() {
        if (lit != null && !clock.instant().isBefore(lit.until)) {
            lit = null;
        }
        return lit == null ? Optional.empty() : Optional.of(lit.ticket);
    }

    public boolean isLit() {
        return litFor().isPresent();
    }

    public int keys() {
        return keys;
    }

    /** Training: the pad's cable is pulled; presses are lost until {@link #plugIn()}. */
    public void unplug() {
        changeState(KeypadState.DISCONNECTED);
    }

    public void plugIn() {
        changeState(KeypadState.CONNECTED);
    }

    @Override
    public void onPress(Consumer<KeyPress> listener) {
        pressListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void onState(Consumer<KeypadState> listener) {
        stateListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public synchronized KeypadState state() {
        return state;
    }

    @Override
    public void close() {
        changeState(KeypadState.CLOSED);
    }

    private void changeState(KeypadState next) {
        synchronized (this) {
            if (state == next || state == KeypadState.CLOSED) {
                return;
            }
            state = next;
            if (next == KeypadState.CLOSED) {
                lit = null;
            }
        }
        stateListeners.forEach(listener -> listener.accept(next));
    }

    private record Lit(String ticket, Instant until) {
    }
}
