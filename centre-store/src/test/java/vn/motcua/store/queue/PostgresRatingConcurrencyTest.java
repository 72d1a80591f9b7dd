package vn.motcua.store.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.queue.QueueStore;

/**
 * The {@link RatingConcurrencyContract} on a real PostgreSQL server, each counter a PC of the centre: its own desk
 * with its own connection pool (least-privilege role) on the one shared database.
 */
class PostgresRatingConcurrencyTest extends RatingConcurrencyContract {
    private final PostgresCluster cluster = PostgresCluster.shared();
    private final List<PostgresQueueStore> counterStores = new CopyOnWriteArrayList<>();
    private String database;

    @Override
    protected OpenStore openStore() {
        database = cluster.freshDatabase();
        PostgresQueueStore store = PostgresQueueStore.open(cluster.deskSettings(database));
        String opened = database;
        return new OpenStore(store, () -> {
            counterStores.forEach(PostgresQueueStore::close);
            store.close();
            cluster.dropDatabase(opened);
        });
    }

    @Override
    protected QueueStore storeOfCounter(OpenStore store, int counter) {
        PostgresQueueStore own = PostgresQueueStore.open(cluster.deskSettings(database).withPoolSize(2));
        counterStores.add(own);
        return own;
    }

    @Override
    protected Connection connectDirectly(OpenStore store) throws SQLException {
        return cluster.connectAsSuperuser(database);
    }
}
