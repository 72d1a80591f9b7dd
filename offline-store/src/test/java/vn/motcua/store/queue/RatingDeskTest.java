package vn.motcua.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.SequenceBlock;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

/** Ratings on a real SQLite file: bound to the right service, flagged not dropped, atomic with their ticket event. */
class RatingDeskTest {
    private static final Duration DEBOUNCE = RatingRules.DEFAULT_DEBOUNCE;

    @TempDir
    Path dir;
    private OfflineStore store;
    private TestOffice office;
    private RatingDesk ratings;
    private final ScriptedKeypad keypad = new ScriptedKeypad("KP01");
    private final List<RatingEvent> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        office = new TestOffice(new QueueStoreContract.OpenStore(store.queue(), store));
        ratings = new RatingDesk(store.queue(), RatingRules.defaults(), office.clock);
        ratings.attach(1, keypad);
        ratings.addListener(heard::add);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aRatingAfterTheServiceIsBoundToItsTicketDossierAndClerkWithItsTicketEvent() {
        Ticket ticket = servedAndFinished();
        Dossier dossier = takenInOn(ticket, 1);

        assertThat(ratings.arm(1, Optional.of(ticket), Optional.of(dossier.code()), "canbo.lan"))
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
        assertThat(rating.dossier()).contains(dossier.code());
        assertThat(rating.clerk()).contains("canbo.lan");
        assertThat(rating.counter()).isEqualTo(1);
        assertThat(rating.keypad()).isEqualTo("KP01");
        assertThat(rating.pressedAt()).isEqualTo(TestOffice.DAY.atTime(8, 0, 4));
        TicketEvent rated = store.queue().history(ticket.id()).getLast();
        assertThat(rated.kind()).isEqualTo(TicketEventKind.RATED);
        assertThat(rated.clerk()).contains("canbo.lan");
        assertThat(rated.counter()).hasValue(1);
        assertThat(rated.note()).isEqualTo("SATISFIED");
        assertThat(keypad.commands).last().isEqualTo("DISARM");
        assertThat(heard).hasAtLeastOneElementOfType(RatingEvent.Recorded.class);
        assertThat(store.outbox().stateOf(dossier.code().value())).as("queued for the province").isPresent();
        assertThat(outboxKinds(dossier)).contains("RATED");
    }

    @Test
    void aPressWhenNothingIsArmedIsStoredFlaggedAndBoundToNothing() {
        keypad.press(1, office.clock.instant());

        Rating rating = stored().getFirst();
        assertThat(rating.flag()).isEqualTo(RatingFlag.NOT_ARMED);
        assertThat(rating.level()).contains(RatingLevel.VERY_SATISFIED);
        assertThat(rating.ticket()).isEmpty();
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
        assertThat(store.queue().history(ticket.id())).filteredOn(e -> e.kind() == TicketEventKind.RATED)
                .singleElement().extracting(TicketEvent::note).isEqualTo("UNSATISFIED");
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
        assertThat(store.queue().history(ticket.id())).extracting(TicketEvent::kind)
                .doesNotContain(TicketEventKind.RATED);
    }

    @Test
    void theReasonOfAnUnhappyCitizenIsStoredOnceFromTheConfiguredList() {
        Ticket ticket = servedAndFinished();
        Dossier dossier = takenInOn(ticket, 2);
        ratings.arm(1, Optional.of(ticket), Optional.of(dossier.code()), "canbo.lan");
        keypad.press(3, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();
        long id = stored().getFirst().id();
        int queuedBefore = outboxKinds(dossier).size();

        assertThatThrownBy(() -> ratings.giveReason(id, "Không thích")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ratings.giveReason(id, " Phải chờ đợi lâu ")).map(r -> r.reason().orElseThrow())
                .contains("Phải chờ đợi lâu");
        assertThat(ratings.giveReason(id, "Lý do khác")).as("once").isEmpty();

        assertThat(stored().getFirst().reason()).contains("Phải chờ đợi lâu");
        assertThat(outboxKinds(dossier)).as("the reason goes to the province too").hasSize(queuedBefore + 1);
        assertThat(heard).filteredOn(RatingEvent.ReasonGiven.class::isInstance).hasSize(1);
    }

    @Test
    void aFailureBetweenTheRatingAndItsTicketEventLeavesNeither() throws SQLException {
        Ticket ticket = servedAndFinished();
        execute("""
                CREATE TRIGGER refuse_rated BEFORE INSERT ON ticket_event WHEN NEW.kind = 'RATED'
                BEGIN SELECT RAISE(ABORT, 'disk trouble'); END""");
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
        assertThat(store.queue().history(ticket.id())).extracting(TicketEvent::kind)
                .doesNotContain(TicketEventKind.RATED);
        assertThat(heard).filteredOn(RatingEvent.NotRecorded.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RatingEvent.NotRecorded) e).flag()).isEqualTo(RatingFlag.NONE));
        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("disk trouble"));
    }

    @Test
    void theStoreKeepsOneAcceptedRatingPerTicketAndCounterEvenAcrossRestarts() {
        Ticket ticket = servedAndFinished();
        ratings.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        keypad.press(1, office.clock.instant());
        office.clock.advance(DEBOUNCE);
        ratings.settle();

        RatingDesk afterRestart = new RatingDesk(store.queue(), RatingRules.defaults(), office.clock);
        afterRestart.addListener(heard::add);
        afterRestart.arm(1, Optional.of(ticket), Optional.empty(), "canbo.lan");
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> { });
        try {
            afterRestart.press(1, new vn.motcua.core.rating.RatingKeypad.KeyPress("KP01", 2, 0,
                    office.clock.instant()));
            office.clock.advance(DEBOUNCE);
            afterRestart.settle();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }

        assertThat(stored()).filteredOn(r -> r.flag() == RatingFlag.NONE).hasSize(1);
        assertThat(heard).hasAtLeastOneElementOfType(RatingEvent.NotRecorded.class);
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

    private Ticket servedAndFinished() {
        Ticket issued = office.desk.issue(TestOffice.A, PriorityGroup.NORMAL).orElseThrow();
        var counter = office.desk.counter(1, "canbo.lan");
        assertThat(counter.callNext().orElseThrow().id()).isEqualTo(issued.id());
        return counter.finish().orElseThrow();
    }

    private Dossier takenInOn(Ticket ticket, int sequence) {
        Dossier dossier = SampleDossiers.received(SampleDossiers.code(sequence),
                SampleDossiers.owner("Công dân " + sequence, "079201000001"), LocalDateTime.of(2025, 11, 5, 8, 0),
                List.of());
        store.dossiers().save(dossier);
        store.dossierTickets().link(dossier.code(), new ServedTicket(ticket.id(), 1), "canbo.lan",
                LocalDateTime.of(2025, 11, 5, 8, 0));
        return dossier;
    }

    private List<Rating> stored() {
        return store.queue().ratings(1, TestOffice.DAY.atStartOfDay());
    }

    private List<String> outboxKinds(Dossier dossier) {
        try (Connection connection = connect(); var query = connection.prepareStatement(
                "SELECT kind FROM sync_outbox WHERE dossier_code = ? ORDER BY id")) {
            query.setString(1, dossier.code().value());
            List<String> kinds = new java.util.ArrayList<>();
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

    private int count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : -1;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
    }
}
