package vn.motcua.devices.keypad;

/** What kind of satisfaction keypad a counter has ({@code keypad.kind}). */
public enum KeypadKind {
    /** No keypad at this counter: ratings are not asked for. */
    NONE,
    /** A serial (RS-232 / USB-CDC) keypad speaking {@code docs/keypad-protocol.md}: {@link SerialRatingKeypad}. */
    SERIAL,
    /**
     * A keyboard-emulating pad typing the digits 1-4 into the rating screen: the screen feeds a
     * {@link VirtualRatingKeypad} with the digits it receives.
     */
    KEYBOARD,
    /** No hardware: training mode, keys pressed from the screen ({@link VirtualRatingKeypad}). */
    VIRTUAL
}
