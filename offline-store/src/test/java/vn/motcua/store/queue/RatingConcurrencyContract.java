package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingRules;

/**
 * Ten counters, each with its own keypad and clerk on its own thread, rate a hundred services each at once: every
 * one of the 1,000 ratings is stored exactly once, with its ticket, counter and clerk, next to exactly one RATED
 * event of that ticket, on a real store (SQLite here, PostgreSQL in centre-store). Each counter's press is accepted
 * when its next service arms the pad (the previous press was alone: it counts), the last ones when the debounce
 * has passed.
 */
public abstract class RatingConcurrencyContract extends QueueStoreContract {
    private static final int COUNTERS = 10;
    private static final int PER_COUNTER = 100;

    /** A plain JDBC connection to the store's database, for the check that does not trust the code under test. */
    protected abstract Connection connectDirectly(OpenStore store) throws SQLException;

    /**
     * The store the counter's desk rates on: by default the one store, all ten keypads on one desk (a single PC).
     * A centre gives each counter's PC a store of its own on the shared database, and each its own desk.
     */
    protected QueueStore storeOfCounter(OpenStore store, int counter) {
        return store.queue();
    }

    @Test
    void aThousandRatingsFromTenKeypadsAtOnceAreAllStoredOnceWithTheRightTicketAndClerk() throws Exception {
        OpenStore store = openStore();
        try (TestOffice office = new TestOffice(store)) {
            List<RatingEvent> failures = new CopyOnWriteArrayList<>();
            Map<QueueStore, RatingDesk> desks = new IdentityHashMap<>();
            List<RatingDesk> ratings = new ArrayList<>();
            List<List<Ticket>> tickets = new ArrayList<>();
            List<ScriptedKeypad> keypads = new ArrayList<>();
            for (int c = 1; c <= COUNTERS; c++) {
                RatingDesk desk = desks.computeIfAbsent(storeOfCounter(store, c), own -> {
                    RatingDesk made = new RatingDesk(own, RatingRules.defaults(), office.clock);
                    made.addListener(event -> {
                        if (event instanceof RatingEvent.NotRecorded) {
                            failures.add(event);
                        }
                    });
                    return made;
                });
                ratings.add(desk);
                List<Ticket> own = new ArrayList<>();
                for (int i = 0; i < PER_COUNTER; i++) {
                    own.add(office.desk.issue(TestOffice.A, PriorityGroup.NORMAL).orElseThrow());
                }
                tickets.add(own);
                ScriptedKeypad keypad = new ScriptedKeypad("KP%02d".formatted(c));
                desk.attach(c, keypad);
                keypads.add(keypad);
            }

            long started = System.nanoTime();
            rateConcurrently(office, ratings, tickets, keypads);
            office.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            desks.values().forEach(RatingDesk::settle);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Ratings on %s: %d counters x %d ratings stored in %d ms (%d desks)%n",
                    store.queue().getClass().getSimpleName(), COUNTERS, PER_COUNTER, millis, desks.size());

            assertThat(failures).isEmpty();
            Map<Long, Row> rows;
            try (Connection connection = connectDirectly(store)) {
                rows = rows(connection);
            }
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

    private static void rateConcurrently(TestOffice office, List<RatingDesk> ratings, List<List<Ticket>> tickets,
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
                        RatingDesk desk = ratings.get(counter - 1);
                        assertThat(desk.arm(counter, Optional.of(ticket), Optional.empty(), "canbo." + counter))
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
    private static Map<Long, Row> rows(Connection connection) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (var query = connection.prepareStatement("""
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
