package vn.motcua.store.queue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;

/** The {@link RatingConcurrencyContract} on a real SQLite file. */
class SqliteRatingConcurrencyTest extends RatingConcurrencyContract {
    @TempDir
    Path dir;

    @Override
    protected OpenStore openStore() {
        OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        return new OpenStore(store.queue(), store);
    }

    @Override
    protected Connection connectDirectly(OpenStore store) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
    }
}
