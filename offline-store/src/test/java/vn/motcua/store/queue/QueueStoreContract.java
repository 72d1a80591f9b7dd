package vn.motcua.store.queue;

import vn.motcua.core.queue.QueueStore;

/**
 * What every queue store must do, whatever keeps it: the contract tests ({@code *Contract}) run the queue's rules
 * through {@code QueueDesk}, {@code CounterDesk} and {@code Kiosk} on a real store, once per implementation
 * (SQLite here; PostgreSQL in centre-store, which uses this module's test jar).
 */
public abstract class QueueStoreContract {

    /** A new, empty store ready for use, and what to close when the test ends. */
    public record OpenStore(QueueStore queue, AutoCloseable resources) {
    }

    /** Called once per test (some tests open a second store on the same data: the same rules apply). */
    protected abstract OpenStore openStore();
}
