package vn.motcua.store.queue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;

/** The {@link KioskContract} on a real SQLite file. */
class SqliteKioskTest extends KioskContract {
    @TempDir
    Path dir;

    @Override
    protected OpenStore openStore() {
        OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        return new OpenStore(store.queue(), store);
    }
}
