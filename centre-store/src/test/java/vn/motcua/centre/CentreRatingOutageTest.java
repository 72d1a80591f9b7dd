package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.PendingRatings;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingKeypad.KeyPress;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.queue.MutableClock;

/**
 * Satisfaction presses made while the centre's PostgreSQL server is down (stopped like a power cut): the counter keeps
 * them in its own SQLite store, and once the server is back forwards each exactly once: not again when forwarded
 * twice, not when the server already had it (a commit whose answer was lost), and not when a second outage cuts a
 * forward short. The centre's statistics count every press once.
 */
class CentreRatingOutageTest {
    private static final int COUNTER = 1;
    private static final LocalDateTime MORNING = CentreOffice.DAY.atTime(9, 0);
    private static PostgresCluster cluster;

    @TempDir
    Path directory;
    private String database;
    private PostgresQueueStore server;
    private OfflineStore counterPc;
    private PendingRatings kept;
    private final MutableClock clock = new MutableClock(MORNING);
    private RatingDesk ratings;
    private final List<RatingEvent> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServer() {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopServer() {
        cluster.close();
    }

    @BeforeEach
    void open() {
        database = cluster.freshDatabase();
        server = PostgresQueueStore.open(cluster.deskSettings(database));
        server.replaceConfiguration(CentreOffice.configuration(3));
        counterPc = OfflineStore.open(directory, SequenceBlock.WHOLE_RANGE);
        kept = counterPc.pendingRatings(clock);
        ratings = new RatingDesk(server, RatingRules.defaults(), clock, Optional.of(kept));
        ratings.addListener(heard::add);
    }

    @AfterEach
    void close() {
        server.close();
        counterPc.close();
        cluster.dropDatabase(database);
    }

    @Test
    void aPressDuringTheOutageIsKeptOnTheCounterAndForwardedOnceWhenTheServerIsBack() {
        Ticket ticket = served();
        cluster.stopAbruptly();
        try {
            ratings.arm(COUNTER, Optional.of(ticket), Optional.empty(), "lan.nt");
            press(1);
            clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            ratings.settle();
            press(1); // again: REPEATED, kept as well

            assertThat(heard).filteredOn(RatingEvent.Kept.class::isInstance).hasSize(2);
            assertThat(heard).noneMatch(RatingEvent.NotRecorded.class::isInstance);
            assertThat(kept.pending(10)).extracting(NewRating::flag)
                    .containsExactly(RatingFlag.NONE, RatingFlag.REPEATED);
            assertThat(ratings.forwardPending()).as("nothing forwarded while the server is down").isZero();
            assertThat(ratings.pendingCount()).isEqualTo(2);
        } finally {
            cluster.startAgain();
        }

        assertThat(ratings.forwardPending()).isEqualTo(2);
        assertThat(ratings.forwardPending()).as("a second forward finds nothing").isZero();
        assertThat(ratings.pendingCount()).isZero();

        List<Rating> stored = server.ratings(COUNTER, MORNING.minusHours(1));
        assertThat(stored).extracting(Rating::flag).containsExactly(RatingFlag.NONE, RatingFlag.REPEATED);
        assertThat(stored.getFirst().level()).contains(RatingLevel.VERY_SATISFIED);
        assertThat(stored.getFirst().ticket()).contains(ticket.id());
        assertThat(server.history(ticket.id())).filteredOn(e -> e.kind() == TicketEventKind.RATED).hasSize(1);
        assertThat(heard).filteredOn(RatingEvent.Forwarded.class::isInstance).hasSize(2);
        OfficeFigures figures = statistics();
        assertThat(figures.satisfaction(GroupKey.TOTAL).levels().get(RatingRecord.Level.VERY_SATISFIED)).isEqualTo(1);
        assertThat(figures.satisfaction(GroupKey.TOTAL).flagged().get(RatingRecord.Flag.REPEATED)).isEqualTo(1);
    }

    @Test
    void aPressTheServerAlreadyHasIsNotStoredTwice() {
        Ticket ticket = served();
        cluster.stopAbruptly();
        try {
            ratings.arm(COUNTER, Optional.of(ticket), Optional.empty(), "lan.nt");
            press(2);
            clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            ratings.settle();
        } finally {
            cluster.startAgain();
        }
        // The counter's first attempt committed after all and only its answer was lost (the same press, same id).
        NewRating press = kept.pending(1).getFirst();
        server.atomically(tx -> tx.recordRating(press));

        assertThat(ratings.forwardPending()).isEqualTo(1);

        assertThat(server.ratings(COUNTER, MORNING.minusHours(1))).singleElement()
                .satisfies(rating -> assertThat(rating.level()).contains(RatingLevel.SATISFIED));
        assertThat(ratings.pendingCount()).isZero();
        assertThat(statistics().satisfaction(GroupKey.TOTAL).levels().get(RatingRecord.Level.SATISFIED))
                .isEqualTo(1);
    }

    @Test
    void aForwardCutShortByASecondOutageGoesOnWithoutDuplicates() {
        Ticket first = served();
        Ticket second = served();
        cluster.stopAbruptly();
        try {
            ratings.arm(COUNTER, Optional.of(first), Optional.empty(), "lan.nt");
            press(1);
            clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            ratings.settle();
            ratings.arm(COUNTER, Optional.of(second), Optional.empty(), "lan.nt");
            press(3);
            clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            ratings.settle();
            clock.advance(RatingRules.DEFAULT_WINDOW);
            ratings.settle();
            press(2); // after the window: NOT_ARMED
        } finally {
            cluster.startAgain();
        }
        assertThat(ratings.pendingCount()).isEqualTo(3);
        List<Boolean> stopped = new CopyOnWriteArrayList<>();
        ratings.addListener(event -> {
            if (event instanceof RatingEvent.Forwarded && stopped.isEmpty()) {
                stopped.add(true);
                cluster.stopAbruptly(); // the server goes again right after the first press is forwarded
            }
        });

        try {
            assertThat(ratings.forwardPending()).isEqualTo(1);
            assertThat(ratings.pendingCount()).isEqualTo(2);
        } finally {
            cluster.startAgain();
        }
        assertThat(ratings.forwardPending()).isEqualTo(2);

        List<Rating> stored = server.ratings(COUNTER, MORNING.minusHours(1));
        assertThat(stored).extracting(Rating::flag)
                .containsExactly(RatingFlag.NONE, RatingFlag.NONE, RatingFlag.NOT_ARMED);
        assertThat(stored).extracting(Rating::id).doesNotHaveDuplicates();
        assertThat(server.history(first.id())).filteredOn(e -> e.kind() == TicketEventKind.RATED).hasSize(1);
        assertThat(server.history(second.id())).filteredOn(e -> e.kind() == TicketEventKind.RATED).hasSize(1);
        OfficeFigures figures = statistics();
        assertThat(figures.satisfaction(GroupKey.TOTAL).counted()).isEqualTo(2);
        assertThat(figures.satisfaction(GroupKey.TOTAL).flagged().get(RatingRecord.Flag.NOT_ARMED)).isEqualTo(1);
    }

    /** A ticket issued, called and finished at this counter while the server is up. */
    private Ticket served() {
        QueueDesk queue = new QueueDesk(server, WorkCalendar.vietnam(), clock);
        Ticket ticket = queue.issue(CentreOffice.SERVICES.getFirst(), PriorityGroup.NORMAL).orElseThrow();
        var counter = queue.counter(COUNTER, "lan.nt");
        assertThat(counter.callNext().orElseThrow().id()).isEqualTo(ticket.id());
        clock.advance(Duration.ofMinutes(5));
        counter.finish().orElseThrow();
        return ticket;
    }

    private void press(int key) {
        ratings.press(COUNTER, new KeyPress("screen", key, 80, clock.instant()));
    }

    private OfficeFigures statistics() {
        return new CentreStatistics(server, counterPc.statistics(clock), clock).figures(Period.day(CentreOffice.DAY),
                StatisticsTargets.defaults());
    }
}
