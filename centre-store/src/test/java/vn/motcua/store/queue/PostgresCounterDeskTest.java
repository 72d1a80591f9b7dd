package vn.motcua.store.queue;

/** The {@link CounterDeskContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role). */
class PostgresCounterDeskTest extends CounterDeskContract {
    @Override
    protected OpenStore openStore() {
        return PostgresStores.open();
    }
}
