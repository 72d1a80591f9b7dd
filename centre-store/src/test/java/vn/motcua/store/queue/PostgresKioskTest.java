package vn.motcua.store.queue;

import vn.motcua.centre.PostgresCluster;

/** The {@link KioskContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role). */
class PostgresKioskTest extends KioskContract {
    @Override
    protected OpenStore openStore() {
        return PostgresCluster.shared().openStore();
    }
}
