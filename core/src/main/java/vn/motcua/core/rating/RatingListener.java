package vn.motcua.core.rating;

/** Hears {@link RatingEvent}s, on the thread that caused them (a keypad's reader, a clerk's background task). */
@FunctionalInterface
public interface RatingListener {
    void onEvent(RatingEvent event);
}
