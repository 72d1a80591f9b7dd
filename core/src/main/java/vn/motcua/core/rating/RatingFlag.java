package vn.motcua.core.rating;

/**
 * How a press was classified. Every press is stored with its flag, never dropped; only {@link #NONE} (the one
 * accepted press of an arming) counts in scores by default, the others are kept as suspected misuse.
 */
public enum RatingFlag {
    /** Accepted: the single press of an armed window, bound to its ticket, dossier and clerk. */
    NONE,
    /** Pressed while the counter's keypad was not armed (no service to rate). */
    NOT_ARMED,
    /** Pressed again after the accepted press of the same arming. */
    REPEATED,
    /** One of several presses in quick succession (within the debounce): none of them counts. */
    BURST,
    /** A key the configured scale does not map (e.g. key 4 on a three-level scale); it does not use up the arming. */
    UNKNOWN_KEY;

    /** Whether a press with this flag counts in satisfaction scores by default. */
    public boolean counts() {
        return this == NONE;
    }
}
