package vn.motcua.core.rating;

/**
 * How satisfied the citizen says they are (DOMAIN §7). Most provinces offer three levels; four-key pads add
 * {@link #NEUTRAL} ("Bình thường"). Labels live in the app's bundles, the key of each level in {@link RatingScale}.
 */
public enum RatingLevel {
    /** Rất hài lòng. */
    VERY_SATISFIED,
    /** Hài lòng. */
    SATISFIED,
    /** Bình thường (four-key pads only). */
    NEUTRAL,
    /** Không hài lòng: the touch screen may ask why. */
    UNSATISFIED;

    /** Counts towards the unhappy-streak alert. */
    public boolean isUnhappy() {
        return this == UNSATISFIED;
    }
}
