package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.util.Optional;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.store.sql.SqlQueueTransaction;

/**
 * The shared queue transaction on the desk's own database, where the dossiers and the outbox are too: a rating
 * that counts queues its dossiers for the province in the same transaction, and so does a reason given to it.
 */
final class SqliteQueueTransaction extends SqlQueueTransaction {

    SqliteQueueTransaction(Connection connection, SqlCall<QueueConfiguration> configuration) {
        super(connection, SqliteDialect.INSTANCE, configuration);
    }

    @Override
    public Rating recordRating(NewRating rating) {
        Rating stored = super.recordRating(rating);
        if (stored.counts()) {
            unchecked(() -> SqliteOutbox.enqueueRated(connection(), stored, QueueLinks.LOCAL));
        }
        return stored;
    }

    @Override
    public Optional<Rating> giveRatingReason(long ratingId, String reason) {
        Optional<Rating> given = super.giveRatingReason(ratingId, reason);
        if (given.isPresent()) {
            unchecked(() -> SqliteOutbox.enqueueRated(connection(), given.get(), QueueLinks.LOCAL));
        }
        return given;
    }
}
