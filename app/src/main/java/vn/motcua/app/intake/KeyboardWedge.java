package vn.motcua.app.intake;

/**
 * Tells a 2D scanner in keyboard-wedge mode from a person typing: a scanner "types" a whole code with gaps under
 * {@link #MAX_GAP_NANOS} between keys, at least {@link #MIN_LENGTH} characters, ending with Enter. Feed it every
 * typed character with its event time; {@link #enter(long)} says whether what came since the last pause was a
 * scan.
 */
public final class KeyboardWedge {
    static final long MAX_GAP_NANOS = 30_000_000L;
    static final int MIN_LENGTH = 20;

    private final StringBuilder burst = new StringBuilder();
    private long lastNanos = Long.MIN_VALUE;

    /** A typed character (not Enter) at {@code nanos}, from the key event's clock. */
    public void typed(char character, long nanos) {
        if (lastNanos == Long.MIN_VALUE || nanos - lastNanos > MAX_GAP_NANOS) {
            burst.setLength(0);
        }
        burst.append(character);
        lastNanos = nanos;
    }

    /**
     * Enter at {@code nanos}: the scanned text when the characters since the last pause came as one fast burst
     * ending right here, otherwise empty (a person typed). Either way the burst starts again.
     */
    public java.util.Optional<String> enter(long nanos) {
        boolean fast = lastNanos != Long.MIN_VALUE && nanos - lastNanos <= MAX_GAP_NANOS
                && burst.length() >= MIN_LENGTH;
        String text = burst.toString();
        burst.setLength(0);
        lastNanos = Long.MIN_VALUE;
        return fast ? java.util.Optional.of(text) : java.util.Optional.empty();
    }
}
