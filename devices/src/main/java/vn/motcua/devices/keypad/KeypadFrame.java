package vn.motcua.devices.keypad;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One frame of the keypad protocol: who (address), its number (sequence) and what it says.
 *
 * @param address  two decimal digits, {@code 01}..{@code 99} a keypad, {@code 00} broadcast
 * @param sequence 0..255; 0 only on a keypad's first frame after power-up (and the host's first after opening)
 */
public record KeypadFrame(String address, int sequence, KeypadMessage message) {
    public static final String BROADCAST = "00";
    public static final int MAX_SEQUENCE = 255;
    private static final Pattern ADDRESS = Pattern.compile("[0-9]{2}");

    public KeypadFrame {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(message, "message");
        if (!isAddress(address)) {
            throw new IllegalArgumentException("A keypad address is two digits 00..99");
        }
        requireSequence(sequence);
        if (message instanceof KeypadMessage.Press && sequence == 0) {
            throw new IllegalArgumentException("An EVT never has sequence 0 (reserved for the first frame after power-up)");
        }
    }

    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text).matches();
    }

    static void requireSequence(int sequence) {
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("A sequence number is 0.." + MAX_SEQUENCE + ", not " + sequence);
        }
    }

    /** The number after {@code sequence} in a sender's counter: 1..255, then 1 again (0 is never reused). */
    public static int nextSequence(int sequence) {
        return sequence >= MAX_SEQUENCE ? 1 : sequence + 1;
    }
}
