package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.DossierRatings;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingKeypad;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.store.SampleDossiers;

/**
 * Ratings on a real store, whatever keeps it: bound to the right service, flagged not dropped, atomic with their
 * ticket event, one accepted rating per ticket and counter, read back per counter and per dossier. Runs on SQLite
 * here and on PostgreSQL in centre-store, like the queue's contracts.
 */
public abstract class RatingDeskContract extends QueueStoreContract {
    protected static final Duration DEBOUNCE = RatingRules.DEFAULT_DEBOUNCE;

    protected TestOffice office;
    protected RatingDesk ratings;
    protected final ScriptedKeypad keypad = new ScriptedKeypad("KP01");
    protected final List<RatingEvent> heard = new CopyOnWriteArrayList<>();

    /**
     * A plain JDBC connection to the store's database, for checks that do not trust the code under test; the
     * rating tables are found without a schema name.
     */
    protected abstract Connection connectDirectly() throws SQLException;

    /** From now on the database refuses every RATED ticket event with the error "disk trouble". */
    protected abstract void refuseRatedEvents() throws SQLException;

    @BeforeEach
    void openOffice() {
        office = new TestOffice(openStore());
        ratings = new RatingDesk(office.queue, RatingRules.defaults(), office.clock);
        ratings.attach(1, keypad);
        ratings.addListener(heard::add);
    }

    @AfterEach
    void closeOffice() {
        office.close();
    }

    @Test
    void aRatingAfterTheServiceIsBoundToItsTicketDossierAndClerkWithItsTicketEvent() {
        Ticket ticket = servedAndFinished();
        DossierCode dossier = SampleDossiers.code(1);

        assertThat(ratings.arm(1, Optional.of(ticket), Optional.of(dossier), "canbo.lan"))
                .isEqualTo(ArmOutcome.ARMED);
        assertThat(keypad.commands).containsExactly("ARM " + ticket.number().text() + " 30s");
        office.clock.advance(Duration.ofSeconds(4));
        keypad.press(2, office.clock.instant());
        assertThat(stored()).as("held for the debounce").isEmpty();
        office.clock.advance(DEBOUNCE);
        ratings.settle();

        Rating rating = stored().getFirst();
        assertThat(rating.flag()).isEqualTo(RatingFlag.NONE);
        assertThat(rating.level()).contains(RatingLevel.SATISFIED);
        assertThat(rating.ticket()).contains(ticket.id());
        assertThat(rating.dossier()).contains(dossier);
        assertThat(rating.clerk()).contains("canbo.lan");
        assertThat(rating.counter()).isEqualTo(1);
        assertThat(rating.keypad()).isEqualTo("KP01");
        assertThat(rating.key()).isEqualTo(2);
        assertThat(rating.heldMillis()).isEqualTo(150);
        assertThat(rating.pressedAt()).isEqualTo(TestOffice.DAY.atTime(8, 0, 4));
        assertThat(rating.reason()).isEmpty();
        TicketEvent rated = office.queue.history(ticket.id()).getLast();
        assertThat(rated.kind()).isEqualTo(TicketEventKind.RATED);
        assertThat(rated.clerk()).contains("canbo.lan");
        assertThat(rated.counter()).hasValue(1);
        assertThat(rated.note()).isEqualTo("SATISFIED");
        assertThat(keypad.commands).last().isEqualTo("DISARM");
        assertThat(heard).filteredOn(RatingEvent.Recorded.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RatingEvent.Recorded) e).rating()).isEqualTo(rating));
    }

    @Test
    void aPressWhenNothingIsArmedIsStoredFlaggedAndBoundToNothing() {
        keypad.press(1, office.clock.instant());

        Rating rating = stored().getFirst();
        assertThat(rating.flag()).isEqualTo(RatingFlag.NOT_ARMED);
        assertThat(rating.level()).contains(RatingLevel.VERY_SATISFIED);
        assertThat(rating.ticket()).isEmpty();
        assertThat(rating.dossier()).isEmpty();
        assertThat(rating.clerk()).isEmpty();
        assertThat(ratings.streak(1).ratings()).as("flagged presses never count").isZero();
    }

    @Test
    void aBurstAndRepeatedPressesAreStoredFlaggedAndOnlyTheCalmPressCounts() {
        Ticket ticket = servedAndFinished();
        ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");

        keypad.press(1, office.clock.instant());
        office.clock.advance(Duration.ofMillis(200));
        keypad.press(1, office.clock.instant());
        office.clock.advance(Duration.ofMillis(200));
        keypad.press(1, office.clock.instant());
        office.clock.advance(Duration.ofSeconds(3));
        ratings.settle();
        keypad.press(3, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();
        office.clock.advance(Duration.ofSeconds(1));
        keypad.press(1, office.clock.instant());

        assertThat(stored()).extracting(Rating::flag).containsExactly(RatingFlag.BURST, RatingFlag.BURST,
                RatingFlag.BURST, RatingFlag.NONE, RatingFlag.REPEATED);
        assertThat(stored()).allSatisfy(rating -> {
            assertThat(rating.ticket()).contains(ticket.id());
            assertThat(rating.clerk()).contains("canbo.lan");
        });
        assertThat(office.queue.history(ticket.id())).filteredOn(e -> e.kind() == TicketEventKind.RATED)
                .singleElement().extracting(TicketEvent::note).isEqualTo("UNSATISFIED");
    }

    @Test
    void anUnknownKeyIsStoredFlaggedWithoutALevel() {
        Ticket ticket = servedAndFinished();
        ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        keypad.press(9, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();

        assertThat(stored()).filteredOn(r -> r.flag() == RatingFlag.UNKNOWN_KEY).singleElement()
                .satisfies(r -> {
                    assertThat(r.level()).isEmpty();
                    assertThat(r.key()).isEqualTo(9);
                });
        assertThat(office.queue.history(ticket.id())).extracting(TicketEvent::kind)
                .doesNotContain(TicketEventKind.RATED);
    }

    @Test
    void aWindowWithoutAPressRunsOutAndDarkensThePad() {
        Ticket ticket = servedAndFinished();
        ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        office.clock.advance(Duration.ofSeconds(29));
        ratings.settle();
        assertThat(ratings.waiting(1)).isPresent();

        office.clock.advance(Duration.ofSeconds(1));
        ratings.settle();

        assertThat(ratings.waiting(1)).isEmpty();
        assertThat(heard).filteredOn(RatingEvent.Expired.class::isInstance).hasSize(1);
        assertThat(keypad.commands).last().isEqualTo("DISARM");
        keypad.press(2, office.clock.instant());
        assertThat(stored()).extracting(Rating::flag).containsExactly(RatingFlag.NOT_ARMED);
        assertThat(office.queue.history(ticket.id())).extracting(TicketEvent::kind)
                .doesNotContain(TicketEventKind.RATED);
    }

    @Test
    void theReasonOfAnUnhappyCitizenIsStoredOnceFromTheConfiguredList() {
        Ticket ticket = servedAndFinished();
        ratings.arm(1, Optional.of(ticket), Optional.of(SampleDossiers.code(2)), "canbo.lan");
        keypad.press(3, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();
        long id = stored().getFirst().id();

        assertThatThrownBy(() -> ratings.giveReason(id, "Không thích")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ratings.giveReason(id, " Phải chờ đợi lâu ")).map(r -> r.reason().orElseThrow())
                .contains("Phải chờ đợi lâu");
        assertThat(ratings.giveReason(id, "Lý do khác")).as("once").isEmpty();

        assertThat(stored().getFirst().reason()).contains("Phải chờ đợi lâu");
        assertThat(heard).filteredOn(RatingEvent.ReasonGiven.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RatingEvent.ReasonGiven) e).rating()).isEqualTo(stored().getFirst()));
    }

    @Test
    void aFlaggedPressTakesNoReason() {
        keypad.press(3, office.clock.instant());
        long id = stored().getFirst().id();

        assertThat(ratings.giveReason(id, "Phải chờ đợi lâu")).isEmpty();
        assertThat(ratings.giveReason(id + 1000, "Phải chờ đợi lâu")).as("no such rating").isEmpty();
        assertThat(stored().getFirst().reason()).isEmpty();
    }

    @Test
    void aFailureBetweenTheRatingAndItsTicketEventLeavesNeither() throws SQLException {
        Ticket ticket = servedAndFinished();
        refuseRatedEvents();
        ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> reported.add(e));
        try {
            keypad.press(1, office.clock.instant());
            office.clock.advance(DEBOUNCE);
            ratings.settle();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }

        assertThat(count("SELECT count(*) FROM rating")).as("the rating was rolled back").isZero();
        assertThat(office.queue.history(ticket.id())).extracting(TicketEvent::kind)
                .doesNotContain(TicketEventKind.RATED);
        assertThat(heard).filteredOn(RatingEvent.NotRecorded.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RatingEvent.NotRecorded) e).flag()).isEqualTo(RatingFlag.NONE));
        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("disk trouble"));
        assertThat(keypad.lit()).as("darkened all the same").isFalse();
    }

    @Test
    void theStoreKeepsOneAcceptedRatingPerTicketAndCounterEvenAcrossRestarts() throws SQLException {
        Ticket ticket = servedAndFinished();
        ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        keypad.press(1, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();

        RatingDesk afterRestart = new RatingDesk(office.queue, RatingRules.defaults(), office.clock);
        List<RatingEvent> heardAfter = new CopyOnWriteArrayList<>();
        afterRestart.addListener(heardAfter::add);
        afterRestart.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> { });
        try {
            afterRestart.press(1, new RatingKeypad.KeyPress("KP01", 2, 0, office.clock.instant()));
            office.clock.advance(DEBOUNCE);
            afterRestart.settle();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }

        assertThat(stored()).filteredOn(r -> r.flag() == RatingFlag.NONE).singleElement()
                .satisfies(r -> assertThat(r.level()).contains(RatingLevel.VERY_SATISFIED));
        assertThat(heardAfter).hasAtLeastOneElementOfType(RatingEvent.NotRecorded.class)
                .doesNotHaveAnyElementsOfTypes(RatingEvent.Recorded.class);
        assertThat(count("SELECT count(*) FROM ticket_event WHERE kind = 'RATED'")).isEqualTo(1);
    }

    @Test
    void anUnhappyStreakRaisesTheAlertAfterTheRatingThatReachesIt() {
        int[] keys = {1, 3, 2, 3};
        for (int key : keys) {
            Ticket ticket = servedAndFinished();
            ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
            keypad.press(key, office.clock.instant());
            office.clock.advance(Duration.ofMinutes(2));
            ratings.settle();
        }

        List<RatingEvent.StreakChecked> checks = heard.stream().filter(RatingEvent.StreakChecked.class::isInstance)
                .map(RatingEvent.StreakChecked.class::cast).toList();
        assertThat(checks).extracting(c -> c.streak().alert()).containsExactly(false, false, false, true);
        assertThat(checks.getLast().streak().unhappy()).isEqualTo(2);
        office.clock.advance(Duration.ofMinutes(15));
        assertThat(ratings.streak(1).alert()).as("older than 15 minutes").isFalse();
    }

    @Test
    void aDossierCarriesTheAcceptedRatingsOfItsVisitAndOfItsResultOnly() {
        DossierCode dossier = SampleDossiers.code(5);
        Ticket visit = servedAndFinished();
        ratings.arm(1, Optional.of(visit), Optional.of(dossier), "canbo.lan");
        keypad.press(1, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();
        keypad.press(2, office.clock.instant()); // repeated: flagged, never sent
        Ticket otherVisit = servedAndFinished();
        ratings.arm(1, Optional.of(otherVisit), Optional.empty(), "canbo.lan");
        keypad.press(3, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();
        office.clock.advance(Duration.ofHours(1));
        ratings.arm(1, Optional.empty(), Optional.of(dossier), "canbo.minh"); // its result handed back
        keypad.press(2, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();
        DossierRatings byDossier = (DossierRatings) office.queue;

        assertThat(byDossier.ofDossier(dossier, Optional.of(visit.id())))
                .extracting(r -> r.level().orElseThrow(), r -> r.clerk().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RatingLevel.VERY_SATISFIED, "canbo.lan"),
                        org.assertj.core.groups.Tuple.tuple(RatingLevel.SATISFIED, "canbo.minh"));
        assertThat(byDossier.ofDossier(SampleDossiers.code(6), Optional.of(visit.id())))
                .as("another dossier of the same visit").extracting(r -> r.level().orElseThrow())
                .containsExactly(RatingLevel.VERY_SATISFIED);
        assertThat(byDossier.ofDossier(SampleDossiers.code(7), Optional.empty())).isEmpty();
    }

    protected Ticket servedAndFinished() {
        Ticket issued = office.desk.issue(TestOffice.A, PriorityGroup.NORMAL).orElseThrow();
        var counter = office.desk.counter(1, "canbo.lan");
        assertThat(counter.callNext().orElseThrow().id()).isEqualTo(issued.id());
        return counter.finish().orElseThrow();
    }

    protected List<Rating> stored() {
        return office.queue.ratings(1, TestOffice.DAY.atStartOfDay());
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = connectDirectly(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : -1;
        }
    }
}
