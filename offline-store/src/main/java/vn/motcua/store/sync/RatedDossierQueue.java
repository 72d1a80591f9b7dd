package vn.motcua.store.sync;

import java.util.Objects;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingListener;
import vn.motcua.store.sqlite.QueueLinks;
import vn.motcua.store.sqlite.SqliteOutbox;

/**
 * Centre mode: a counted rating (or the reason given to it) was just committed on the centre's server, and the
 * dossiers it concerns are in this desk's store, so their outbox entries cannot share that transaction. They are
 * queued here, right after the commit ({@link RatingEvent}s are published after it) and before the next push can
 * miss the rating: the push reads the ratings from the server at the time it runs.
 *
 * <p>Should the desk stop between the server's commit and this, the rating stays on the server and goes to the
 * province with the dossier's next push for any other reason (a status change, the result): nothing is lost, it is
 * late. Queuing twice only pushes the same dossier once more, which the province takes as an update. Only the
 * dossiers linked to the rating's ticket in centre mode are queued: a link from the desk's single-PC days holds a
 * ticket id of its own queue, which may equal an unrelated centre ticket's. A press
 * kept on this counter while the server was away is queued the same way once it is forwarded.
 */
public final class RatedDossierQueue implements RatingListener {
    private final SqliteOutbox outbox;

    public RatedDossierQueue(SqliteOutbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public void onEvent(RatingEvent event) {
        switch (event) {
            case RatingEvent.Recorded recorded -> outbox.enqueueRated(recorded.rating(), QueueLinks.CENTRE);
            case RatingEvent.ReasonGiven given -> outbox.enqueueRated(given.rating(), QueueLinks.CENTRE);
            case RatingEvent.Forwarded forwarded -> outbox.enqueueRated(forwarded.rating(), QueueLinks.CENTRE);
            default -> {
            }
        }
    }
}
