package vn.motcua.store.queue;

/** The {@link QueueDeskContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role). */
class PostgresQueueDeskTest extends QueueDeskContract {
    @Override
    protected OpenStore openStore() {
        return PostgresStores.open();
    }
}
