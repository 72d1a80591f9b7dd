package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.TicketId;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

/**
 * V013: a dossier's ticket link belongs to the queue it was made in. Links stored before it (single-PC mode) stay the
 * desk's own queue's; seen through the centre's queue they do not exist, and a centre ticket with the same id gets
 * its own dossiers only.
 */
class DossierTicketQueueTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-05T01:00:00Z"), ZoneOffset.UTC);
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 11, 5, 8, 0);

    @TempDir
    Path dir;

    @Test
    void linksStoredBeforeV013StayTheLocalQueuesAndTheCentreSeesOnlyItsOwn() throws SQLException {
        Dossier before = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Trần Thị Bình",
                "079301000001"), MORNING, List.of());
        try (Database database = Database.open(dir.resolve(OfflineStore.DATABASE_FILE))) {
            new Migrations(MigrationScripts.bundled().upTo(12), CLOCK).apply(database);
            new SqliteDossierStore(database).save(before);
            database.write(Durability.FULL, connection -> insertV008Link(connection, before, 7));
        }
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.health().schemaVersion()).isEqualTo(13);
            ServedTicket local = new ServedTicket(new TicketId(7), 2);
            assertThat(store.dossierTickets().of(before.code())).as("the old link, now the local queue's")
                    .contains(local);
            assertThat(store.centreDossierTickets().of(before.code())).as("no centre ticket for it").isEmpty();
            assertThat(store.centreDossierTickets().dossiersOf(new TicketId(7))).as("centre ticket 7 is another one")
                    .isEmpty();

            Dossier after = SampleDossiers.received(SampleDossiers.code(2), SampleDossiers.owner("Lê Văn An",
                    "079201000002"), MORNING.plusHours(1), List.of());
            store.dossiers().save(after);
            store.centreDossierTickets().link(after.code(), new ServedTicket(new TicketId(7), 2), "lan.nt",
                    MORNING.plusHours(1));

            assertThat(store.centreDossierTickets().dossiersOf(new TicketId(7))).containsExactly(after.code());
            assertThat(store.dossierTickets().dossiersOf(new TicketId(7))).containsExactly(before.code());
            assertThat(store.dossierTickets().of(after.code())).isEmpty();
            assertThat(store.dossiers().find(before.code())).as("the dossier itself untouched").contains(before);
        }
    }

    private static int insertV008Link(Connection connection, Dossier dossier, long ticket) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dossier_ticket (dossier_code, ticket_id, counter, clerk, linked_at)
                VALUES (?, ?, 2, 'lan.nt', '2025-11-05T08:10:00.000000000')""")) {
            insert.setString(1, dossier.code().value());
            insert.setLong(2, ticket);
            return insert.executeUpdate();
        }
    }
}
