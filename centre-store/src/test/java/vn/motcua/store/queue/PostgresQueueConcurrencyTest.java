package vn.motcua.store.queue;

/** The {@link QueueConcurrencyContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role). */
class PostgresQueueConcurrencyTest extends QueueConcurrencyContract {
    @Override
    protected OpenStore openStore() {
        return PostgresStores.open();
    }
}
