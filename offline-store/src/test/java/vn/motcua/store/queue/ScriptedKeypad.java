package vn.motcua.store.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.motcua.core.rating.RatingKeypad;

/**
 * A keypad a test presses by hand: it reports what it is told to, and records how the host lit and darkened it.
 * The real adapters (serial, screen) are tested with their own transports; this one tests the host's rules.
 */
public final class ScriptedKeypad implements RatingKeypad {
    private final String address;
    private final List<Consumer<KeyPress>> listeners = new CopyOnWriteArrayList<>();
    /** "ARM A007 30s" and "DISARM", in order. */
    public final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile boolean lit;

    public ScriptedKeypad(String address) {
        this.address = address;
    }

    public void press(int key, Instant at) {
        KeyPress press = new KeyPress(address, key, 150, at);
        listeners.forEach(listener -> listener.accept(press));
    }

    public boolean lit() {
        return lit;
    }

    @Override
    public void arm(String ticketNumber, Duration window) {
        lit = true;
        commands.add("ARM " + ticketNumber + " " + window.toSeconds() + "s");
    }

    @Override
    public void disarm() {
        lit = false;
        commands.add("DISARM");
    }

    @Override
    public void onPress(Consumer<KeyPress> listener) {
        listeners.add(listener);
    }

    @Override
    public void onState(Consumer<KeypadState> listener) {
    }

    @Override
    public KeypadState state() {
        return KeypadState.CONNECTED;
    }

    @Override
    public void close() {
    }
}
