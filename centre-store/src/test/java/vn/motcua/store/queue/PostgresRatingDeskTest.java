package vn.motcua.store.queue;

import java.sql.Connection;
import java.sql.SQLException;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;

/**
 * The {@link RatingDeskContract} on a real PostgreSQL server, as a desk of the centre (least-privilege role): a
 * rating and its RATED event commit together or not at all, one accepted rating per ticket and counter.
 */
class PostgresRatingDeskTest extends RatingDeskContract {
    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;

    @Override
    protected OpenStore openStore() {
        database = cluster.freshDatabase();
        PostgresQueueStore store = PostgresQueueStore.open(cluster.deskSettings(database));
        String opened = database;
        return new OpenStore(store, () -> {
            store.close();
            cluster.dropDatabase(opened);
        });
    }

    @Override
    protected Connection connectDirectly() throws SQLException {
        return cluster.connectAsSuperuser(database);
    }

    @Override
    protected void refuseRatedEvents() {
        cluster.superuser(database, """
                CREATE FUNCTION motcua.refuse_rated() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE EXCEPTION 'disk trouble'; END $$""", """
                CREATE TRIGGER refuse_rated BEFORE INSERT ON motcua.ticket_event FOR EACH ROW
                WHEN (NEW.kind = 'RATED') EXECUTE FUNCTION motcua.refuse_rated()""");
    }
}
