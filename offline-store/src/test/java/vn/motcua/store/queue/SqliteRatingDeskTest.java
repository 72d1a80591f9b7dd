package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.Ticket;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

/**
 * The {@link RatingDeskContract} on a real SQLite file, and what only the single-PC store does: the dossiers a
 * counted rating concerns are queued for the province in the rating's own transaction.
 */
class SqliteRatingDeskTest extends RatingDeskContract {
    @TempDir
    Path dir;
    private OfflineStore store;

    @Override
    protected OpenStore openStore() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        return new OpenStore(store.queue(), store);
    }

    @Override
    protected Connection connectDirectly() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
    }

    @Override
    protected void refuseRatedEvents() throws SQLException {
        try (Connection connection = connectDirectly(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TRIGGER refuse_rated BEFORE INSERT ON ticket_event WHEN NEW.kind = 'RATED'
                    BEGIN SELECT RAISE(ABORT, 'disk trouble'); END""");
        }
    }

    @Test
    void aCountedRatingQueuesEveryDossierOfItsVisitInItsOwnTransactionAndItsReasonQueuesThemAgain() {
        Ticket ticket = servedAndFinished();
        Dossier first = takenInOn(ticket, 1);
        Dossier second = takenInOn(ticket, 2);
        keypad.press(1, office.clock.instant()); // not armed: queues nothing
        assertThat(outboxKinds(first)).isEmpty();

        ratings.arm(1, Optional.of(ticket), Optional.of(first.code()), "canbo.lan");
        keypad.press(3, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();

        assertThat(outboxKinds(first)).containsExactly("RATED");
        assertThat(outboxKinds(second)).as("taken in on the same ticket").containsExactly("RATED");
        long id = stored().getLast().id();
        ratings.giveReason(id, "Phải chờ đợi lâu");
        assertThat(outboxKinds(first)).as("the reason goes to the province too").containsExactly("RATED", "RATED");
        assertThat(outboxKinds(second)).containsExactly("RATED", "RATED");
    }

    @Test
    void aRatingRolledBackQueuesNothing() throws SQLException {
        Ticket ticket = servedAndFinished();
        Dossier dossier = takenInOn(ticket, 3);
        refuseRatedEvents();
        ratings.arm(1, Optional.of(ticket), Optional.of(dossier.code()), "canbo.lan");
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> { });
        try {
            keypad.press(2, office.clock.instant());
            office.clock.advance(DEBOUNCE);
            ratings.settle();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }

        assertThat(stored()).isEmpty();
        assertThat(outboxKinds(dossier)).isEmpty();
    }

    private Dossier takenInOn(Ticket ticket, int sequence) {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(sequence),
                SampleDossiers.owner("Công dân " + sequence, "07920100000" + sequence),
                LocalDateTime.of(2025, 11, 5, 8, 0), List.of());
        store.dossiers().save(dossier);
        store.dossierTickets().link(dossier.code(), new ServedTicket(ticket.id(), 1), "canbo.lan",
                LocalDateTime.of(2025, 11, 5, 8, 0));
        return dossier;
    }

    /** The entries besides the one saving the dossier made. */
    private List<String> outboxKinds(Dossier dossier) {
        try (Connection connection = connectDirectly(); var query = connection.prepareStatement(
                "SELECT kind FROM sync_outbox WHERE dossier_code = ? AND kind = 'RATED' ORDER BY id")) {
            query.setString(1, dossier.code().value());
            List<String> kinds = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
