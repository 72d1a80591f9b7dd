package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.SequenceBlock;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.store.OfflineStore;

/**
 * Ten counters, each with its own keypad and clerk on its own thread, rate a hundred services each at once: every
 * one of the 1,000 ratings is stored exactly once, with its ticket, counter and clerk, next to exactly one RATED
 * event of that ticket, on a real SQLite file. Each counter's press is accepted when its next service arms the pad
 * (the previous press was alone: it counts), the last ones when the debounce has passed.
 */
class RatingConcurrencyTest {
    private static final int COUNTERS = 10;
    private static final int PER_COUNTER = 100;

    @TempDir
    Path dir;

    @Test
    void aThousandRatingsFromTenKeypadsAtOnceAreAllStoredOnceWithTheRightTicketAndClerk() throws Exception {
        OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        try (TestOffice office = new TestOffice(new QueueStoreContract.OpenStore(store.queue(), store))) {
            RatingDesk ratings = new RatingDesk(store.queue(), RatingRules.defaults(), office.clock);
            List<RatingEvent> failures = new CopyOnWriteArrayList<>();
            ratings.addListener(event -> {
                if (event instanceof RatingEvent.NotRecorded) {
                    failures.add(event);
                }
            });
            List<List<Ticket>> tickets = new ArrayList<>();
            List<ScriptedKeypad> keypads = new ArrayList<>();
            for (int c = 1; c <= COUNTERS; c++) {
                List<Ticket> own = new ArrayList<>();
                for (int i = 0; i < PER_COUNTER; i++) {
                    own.add(office.desk.issue(TestOffice.A, PriorityGroup.NORMAL).orElseThrow());
                }
                tickets.add(own);
                ScriptedKeypad keypad = new ScriptedKeypad("KP%02d".formatted(c));
                ratings.attach(c, keypad);
                keypads.add(keypad);
            }

            long started = System.nanoTime();
            rateConcurrently(office, ratings, tickets, keypads);
            office.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            ratings.settle();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Ratings: %d counters x %d ratings stored in %d ms%n", COUNTERS, PER_COUNTER, millis);

            assertThat(failures).isEmpty();
            Map<Long, Row> rows = rows(dir);
            assertThat(rows).hasSize(COUNTERS * PER_COUNTER);
            for (int c = 1; c <= COUNTERS; c++) {
                for (Ticket ticket : tickets.get(c - 1)) {
                    Row row = rows.get(ticket.id().value());
                    assertThat(row).as("ticket %s", ticket.id()).isNotNull();
                    assertThat(row.counter()).isEqualTo(c);
                    assertThat(row.clerk()).isEqualTo("canbo." + c);
                    assertThat(row.keypad()).isEqualTo("KP%02d".formatted(c));
                    assertThat(row.flag()).isEqualTo("NONE");
                    assertThat(row.level()).isEqualTo(level(ticket.id()));
                    assertThat(row.ratedEvents()).as("RATED events of ticket %s", ticket.id()).isEqualTo(1);
                    assertThat(row.eventClerk()).isEqualTo("canbo." + c);
                }
            }
        }
    }

    private static void rateConcurrently(TestOffice office, RatingDesk ratings, List<List<Ticket>> tickets,
            List<ScriptedKeypad> keypads) throws Exception {
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 1; c <= COUNTERS; c++) {
                int counter = c;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (Ticket ticket : tickets.get(counter - 1)) {
                        assertThat(ratings.arm(counter, Optional.of(ticket), Optional.empty(), "canbo." + counter))
                                .isEqualTo(ArmOutcome.ARMED);
                        keypads.get(counter - 1).press(key(ticket.id()), office.clock.instant());
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int key(TicketId ticket) {
        return (int) (ticket.value() % 3) + 1;
    }

    private static String level(TicketId ticket) {
        return List.of("VERY_SATISFIED", "SATISFIED", "UNSATISFIED").get(key(ticket) - 1);
    }

    private record Row(int counter, String clerk, String keypad, String flag, String level, int ratedEvents,
            String eventClerk) {
    }

    /** Read with plain SQL, so the check does not trust the code under test. */
    private static Map<Long, Row> rows(Path dir) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
                var query = connection.prepareStatement("""
                        SELECT r.ticket_id, r.counter, r.clerk, r.keypad, r.flag, r.level,
                               (SELECT count(*) FROM ticket_event e WHERE e.ticket_id = r.ticket_id AND e.kind = 'RATED'),
                               (SELECT e.clerk FROM ticket_event e WHERE e.ticket_id = r.ticket_id AND e.kind = 'RATED')
                        FROM rating r""");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                Row previous = rows.put(result.getLong(1), new Row(result.getInt(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), result.getInt(7),
                        result.getString(8)));
                assertThat(previous).as("ticket %d rated twice", result.getLong(1)).isNull();
            }
        }
        return rows;
    }
}
