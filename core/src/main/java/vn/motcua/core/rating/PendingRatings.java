package vn.motcua.core.rating;

import java.util.List;
import java.util.UUID;

/**
 * Presses the queue's store could not take because it was away (centre mode: the centre's server or the LAN), kept
 * on the counter's own PC until they are forwarded. Nothing a citizen pressed is lost to an outage: each press is
 * kept under its own id ({@link NewRating#press()}), so forwarding it again after an answer that never came stores
 * it once.
 */
public interface PendingRatings {

    /** Keeps the press durably (it survives the desk stopping) until it is {@link #forwarded}. */
    void keep(NewRating rating);

    /** The presses still to forward, oldest first, at most {@code limit}. */
    List<NewRating> pending(int limit);

    /** How many presses wait to be forwarded. */
    int pendingCount();

    /** The centre stored the press as the rating {@code ratingId}: it is not forwarded again. */
    void forwarded(UUID press, long ratingId);

    /**
     * The centre refused the press for good (not an outage: e.g. a second accepted rating of the same service): it
     * stays on the counter with the reason and is not forwarded again.
     */
    void refused(UUID press, String problem);
}
