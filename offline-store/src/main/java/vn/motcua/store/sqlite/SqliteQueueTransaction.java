package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.util.Optional;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.store.sql.SqlQueueTransaction;

/** The shared queue transaction plus this desk's ratings, whose counted ones queue their dossiers in its outbox. */
final class SqliteQueueTransaction extends SqlQueueTransaction {

    SqliteQueueTransaction(Connection connection, SqlCall<QueueConfiguration> configuration) {
        super(connection, SqliteDialect.INSTANCE, configuration);
    }

    /** A rating that counts also queues its dossiers for the province here, in the same transaction. */
    @Override
    public Rating recordRating(NewRating rating) {
        return unchecked(() -> RatingRows.insert(connection(), rating));
    }

    @Override
    public Optional<Rating> giveRatingReason(long ratingId, String reason) {
        return unchecked(() -> RatingRows.giveReason(connection(), ratingId, reason));
    }
}
