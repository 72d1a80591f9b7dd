package vn.motcua.store.queue;

import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;

/** A desk's store on a fresh database of the shared test cluster; closing it drops the database. */
final class PostgresStores {
    private PostgresStores() {
    }

    static QueueStoreContract.OpenStore open() {
        PostgresCluster cluster = PostgresCluster.shared();
        String database = cluster.freshDatabase();
        PostgresQueueStore store = PostgresQueueStore.open(cluster.deskSettings(database));
        return new QueueStoreContract.OpenStore(store, () -> {
            store.close();
            cluster.dropDatabase(database);
        });
    }
}
