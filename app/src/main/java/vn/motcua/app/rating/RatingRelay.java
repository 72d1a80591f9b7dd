package vn.motcua.app.rating;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.rating.RatingDesk;

/**
 * Centre mode: forwards the satisfaction presses this counter kept while the centre's server was away
 * ({@link RatingDesk#forwardPending()}), on a thread of its own: at start (presses kept before the desk stopped), as
 * soon as the queue's event feed is connected again ({@link #forwardSoon()}), and every {@link #RETRY} while any
 * wait (the server may answer again before the feed notices). Each press is stored once however often this runs.
 */
public final class RatingRelay implements AutoCloseable {
    public static final Duration RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(RatingRelay.class);

    private final RatingDesk ratings;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();

    private RatingRelay(RatingDesk ratings) {
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("motcua-rating-relay").daemon().factory());
    }

    /** Starts forwarding now and every {@link #RETRY}. */
    public static RatingRelay start(RatingDesk ratings) {
        RatingRelay relay = new RatingRelay(ratings);
        relay.thread.scheduleWithFixedDelay(relay::forwardIfKept, 0, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        return relay;
    }

    /** Forwards as soon as the relay's thread is free (calls while one is queued make one run). */
    public void forwardSoon() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    queued.set(false);
                    forward();
                });
            } catch (RejectedExecutionException e) {
                queued.set(false); // closed
            }
        }
    }

    private void forwardIfKept() {
        try {
            if (ratings.pendingCount() > 0) {
                forward();
            }
        } catch (RuntimeException e) {
            LOG.warn("The kept satisfaction presses could not be counted: {}", e.getClass().getSimpleName());
        }
    }

    private void forward() {
        try {
            int forwarded = ratings.forwardPending();
            if (forwarded > 0) {
                LOG.info("Forwarded {} satisfaction presses kept while the centre's server was away", forwarded);
            }
        } catch (RuntimeException e) {
            LOG.warn("Forwarding the kept satisfaction presses failed; trying again later: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
