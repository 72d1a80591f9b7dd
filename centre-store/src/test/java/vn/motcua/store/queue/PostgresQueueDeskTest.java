package vn.motcua.store.queue;

import vn.motcua.centre.PostgresCluster;

/** The {@link QueueDeskContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role). */
class PostgresQueueDeskTest extends QueueDeskContract {
    @Override
    protected OpenStore openStore() {
        return PostgresCluster.shared().openStore();
    }
}
