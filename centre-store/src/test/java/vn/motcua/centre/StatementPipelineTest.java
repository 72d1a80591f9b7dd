package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.store.sql.QueueSql;

/** Held writes go in front of the next queries, in order, each binder's parameters where they belong. */
class StatementPipelineTest {
    private static final String SAVE_STATE =
            "INSERT INTO queue_counter_state (counter_number, paused, normals_since_priority) VALUES (?, ?, ?)";

    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        database = cluster.freshDatabase();
        connection = CentreConnections.open(cluster.deskSettings(database));
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        cluster.dropDatabase(database);
    }

    @Test
    void heldWritesAndSeveralQueriesShareOneRoundTripWithTheirOwnParameters() throws SQLException {
        StatementPipeline pipeline = new StatementPipeline(connection);
        pipeline.add(SAVE_STATE, state(7, true, 2), 1);
        pipeline.add(SAVE_STATE, state(8, false, 5), 1);
        List<List<?>> found = pipeline.queries(List.of(
                new StatementPipeline.Query<>("SELECT normals_since_priority FROM queue_counter_state "
                        + "WHERE counter_number = ?", statement -> statement.setInt(1, 8), rows -> rows.getInt(1)),
                new StatementPipeline.Query<>("SELECT counter_number FROM queue_counter_state WHERE paused = ? "
                        + "ORDER BY counter_number", statement -> statement.setBoolean(1, true),
                        rows -> rows.getInt(1))));
        assertThat(found.get(0)).isEqualTo(List.of(5));
        assertThat(found.get(1)).isEqualTo(List.of(7));
        assertThat(pipeline.query("SELECT count(*) FROM queue_counter_state", QueueSql.NOTHING,
                rows -> rows.getInt(1))).containsExactly(2);
    }

    @Test
    void aWriteThatChangesTheWrongNumberOfRowsStopsTheCommitSentWithIt() throws SQLException {
        StatementPipeline pipeline = new StatementPipeline(connection);
        pipeline.add(SAVE_STATE, state(7, false, 0), 1);
        pipeline.add("UPDATE queue_counter_state SET paused = true WHERE counter_number = ?",
                statement -> statement.setInt(1, 99), 1);
        pipeline.add("COMMIT", QueueSql.NOTHING, -1);
        assertThatThrownBy(pipeline::flush).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("P0002"))
                .hasMessageContaining("expected 1 row(s) changed, found 0");
        connection.rollback();
        assertThat(QueueSql.count(connection, "SELECT count(*) FROM queue_counter_state", QueueSql.NOTHING))
                .as("the first write was not committed either").isZero();
    }

    private static QueueSql.Binder state(int counter, boolean paused, int normals) {
        return statement -> {
            statement.setInt(1, counter);
            statement.setBoolean(2, paused);
            statement.setInt(3, normals);
        };
    }
}
