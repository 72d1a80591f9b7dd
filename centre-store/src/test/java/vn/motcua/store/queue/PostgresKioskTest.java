package vn.motcua.store.queue;

/** The {@link KioskContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role). */
class PostgresKioskTest extends KioskContract {
    @Override
    protected OpenStore openStore() {
        return PostgresStores.open();
    }
}
