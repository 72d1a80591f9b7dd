package vn.motcua.core.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.RatingDecision.Classified;
import vn.motcua.core.rating.RatingKeypad.KeyPress;

class CounterRatingsTest {
    /** Monday 23/11/2026 08:00 in Hà Nội. */
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final DossierCode DOSSIER = new DossierCode(new AgencyCode("000.00.12.H62"),
            LocalDate.of(2026, 11, 23), 4);
    private static final RatingRules RULES = RatingRules.defaults();

    private final CounterRatings counter = new CounterRatings(3, RULES);

    @Test
    void aLonePressIsAcceptedOnceTheDebouncePassedAndIsBoundToTheTicketDossierAndClerk() {
        assertThat(counter.arm(arming(7, "A007", Optional.of(DOSSIER), 0)).outcome()).isEqualTo(ArmOutcome.ARMED);

        assertThat(counter.press(press(2, 5_000))).as("not decided before the debounce").isEmpty();
        assertThat(counter.settle(at(5_599))).isEmpty();
        List<RatingDecision> decided = counter.settle(at(5_600));

        assertThat(decided).singleElement().isInstanceOfSatisfying(Classified.class, c -> {
            assertThat(c.flag()).isEqualTo(RatingFlag.NONE);
            assertThat(c.level()).contains(RatingLevel.SATISFIED);
            NewRating row = c.toRating(vn.motcua.core.calendar.WorkCalendar.ZONE, java.util.UUID.randomUUID());
            assertThat(row.ticket()).contains(new TicketId(7));
            assertThat(row.dossier()).contains(DOSSIER);
            assertThat(row.clerk()).contains("lan.nt");
            assertThat(row.counter()).isEqualTo(3);
            assertThat(row.pressedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 23, 8, 0, 5));
        });
        assertThat(counter.waiting()).as("rated: no longer waiting").isEmpty();
    }

    @Test
    void aPressWhenNothingIsArmedIsFlaggedAndBoundToNothing() {
        List<RatingDecision> decided = counter.press(press(1, 0));

        Classified c = (Classified) decided.getFirst();
        assertThat(c.flag()).isEqualTo(RatingFlag.NOT_ARMED);
        assertThat(c.level()).contains(RatingLevel.VERY_SATISFIED);
        NewRating row = c.toRating(vn.motcua.core.calendar.WorkCalendar.ZONE, java.util.UUID.randomUUID());
        assertThat(row.ticket()).isEmpty();
        assertThat(row.dossier()).isEmpty();
        assertThat(row.clerk()).isEmpty();
    }

    @Test
    void pressesAfterTheAcceptedOneAreRepeatedUntilTheWindowCloses() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        counter.press(press(1, 1_000));
        counter.settle(at(2_000));

        assertThat(flags(counter.press(press(3, 4_000)))).containsExactly(RatingFlag.REPEATED);
        assertThat(flags(counter.press(press(3, 20_000)))).containsExactly(RatingFlag.REPEATED);
        assertThat(counter.settle(at(30_000))).as("rated: no expiry").isEmpty();
        assertThat(flags(counter.press(press(3, 31_000)))).containsExactly(RatingFlag.NOT_ARMED);
    }

    @Test
    void pressesWithinTheDebounceAreAllABurstAndACalmPressLaterStillCounts() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        assertThat(counter.press(press(1, 1_000))).isEmpty();
        assertThat(flags(counter.press(press(1, 1_300)))).as("the first press is flagged too")
                .containsExactly(RatingFlag.BURST, RatingFlag.BURST);
        assertThat(flags(counter.press(press(3, 1_800)))).containsExactly(RatingFlag.BURST);
        assertThat(counter.settle(at(2_400))).as("the burst ends without an accepted press").isEmpty();
        assertThat(counter.waiting()).isPresent();

        assertThat(counter.press(press(2, 6_000))).isEmpty();
        assertThat(flags(counter.settle(at(6_600)))).containsExactly(RatingFlag.NONE);
    }

    @Test
    void aWindowWithoutAPressExpiresAndLaterPressesAreNotArmed() {
        Arming arming = arming(7, "A007", Optional.empty(), 0);
        counter.arm(arming);
        assertThat(counter.nextDeadline()).contains(at(30_000));
        assertThat(counter.settle(at(29_999))).isEmpty();

        assertThat(counter.settle(at(30_000))).containsExactly(new RatingDecision.Expired(arming));
        assertThat(counter.nextDeadline()).isEmpty();
        assertThat(flags(counter.press(press(1, 30_500)))).containsExactly(RatingFlag.NOT_ARMED);
    }

    @Test
    void aPressJustBeforeTheWindowClosesCountsAlthoughItsDebounceEndsAfter() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        counter.press(press(3, 29_900));
        assertThat(counter.nextDeadline()).contains(at(30_500));

        assertThat(flags(counter.settle(at(30_500)))).containsExactly(RatingFlag.NONE);
    }

    @Test
    void aPressThatArrivesLateIsDecidedOnArrivalBeforeTheWindowIsLookedAt() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        counter.press(press(2, 10_000));
        // No timer ran: the next press arrives after both the debounce and the window.
        assertThat(flags(counter.press(press(2, 40_000)))).containsExactly(RatingFlag.NONE, RatingFlag.NOT_ARMED);
    }

    @Test
    void aKeyTheScaleDoesNotMapIsFlaggedAndLeavesTheArmingOpen() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        List<RatingDecision> decided = counter.press(press(4, 1_000));

        assertThat(flags(decided)).containsExactly(RatingFlag.UNKNOWN_KEY);
        assertThat(((Classified) decided.getFirst()).toRating(vn.motcua.core.calendar.WorkCalendar.ZONE, java.util.UUID.randomUUID()).ticket())
                .contains(new TicketId(7));
        counter.press(press(1, 2_000));
        assertThat(flags(counter.settle(at(3_000)))).containsExactly(RatingFlag.NONE);
    }

    @Test
    void aFourKeyPadPutsNeutralOnItsThirdKey() {
        CounterRatings four = new CounterRatings(3, RULES.withScale(RatingScale.forKeys(4)));
        four.arm(arming(7, "A007", Optional.empty(), 0));
        four.press(press(3, 1_000));

        assertThat(((Classified) four.settle(at(2_000)).getFirst()).level()).contains(RatingLevel.NEUTRAL);
    }

    @Test
    void armingAgainForTheSameServiceRenewsItsWindowAndKeepsItsDossier() {
        counter.arm(arming(7, "A007", Optional.of(DOSSIER), 0));
        var renewed = counter.arm(arming(7, "A007", Optional.empty(), 10_000));

        assertThat(renewed.outcome()).isEqualTo(ArmOutcome.RENEWED);
        assertThat(renewed.arming().orElseThrow().dossier()).contains(DOSSIER);
        assertThat(counter.nextDeadline()).contains(at(40_000));
    }

    @Test
    void aTicketIsRatedOnceAtACounter() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        counter.press(press(1, 1_000));
        counter.settle(at(2_000));

        assertThat(counter.arm(arming(7, "A007", Optional.of(DOSSIER), 3_000)).outcome())
                .as("while the window is open").isEqualTo(ArmOutcome.ALREADY_RATED);
        counter.settle(at(40_000));
        assertThat(counter.arm(arming(7, "A007", Optional.empty(), 50_000)).outcome())
                .as("after it closed").isEqualTo(ArmOutcome.ALREADY_RATED);
        assertThat(counter.waiting()).isEmpty();
    }

    @Test
    void aNewServiceEndsThePreviousArmingAcceptingItsLonePendingPress() {
        counter.arm(arming(7, "A007", Optional.empty(), 0));
        counter.press(press(2, 5_000));

        var next = counter.arm(arming(8, "A008", Optional.empty(), 5_100));

        assertThat(next.outcome()).isEqualTo(ArmOutcome.ARMED);
        assertThat(next.decisions()).singleElement().isInstanceOfSatisfying(Classified.class, c -> {
            assertThat(c.flag()).isEqualTo(RatingFlag.NONE);
            assertThat(c.arming().orElseThrow().ticket()).contains(new TicketId(7));
        });
    }

    @Test
    void aNewServiceEndsAnUnratedArmingAsExpired() {
        Arming first = arming(7, "A007", Optional.empty(), 0);
        counter.arm(first);

        assertThat(counter.arm(arming(8, "A008", Optional.empty(), 5_000)).decisions())
                .containsExactly(new RatingDecision.Expired(first));
    }

    @Test
    void withoutDebounceAPressIsAcceptedAtOnce() {
        CounterRatings immediate = new CounterRatings(3, RULES.withDebounce(Duration.ZERO));
        immediate.arm(arming(7, "A007", Optional.empty(), 0));

        assertThat(flags(immediate.press(press(1, 1_000)))).containsExactly(RatingFlag.NONE);
        assertThat(flags(immediate.press(press(1, 1_000)))).containsExactly(RatingFlag.REPEATED);
    }

    @Test
    void aResultReturnedWithoutATicketArmsForTheDossier() {
        Arming arming = new Arming(3, Optional.empty(), Optional.empty(), Optional.of(DOSSIER), "lan.nt", T0,
                T0.plusSeconds(30));
        counter.arm(arming);
        counter.press(press(3, 1_000));
        Classified c = (Classified) counter.settle(at(2_000)).getFirst();

        assertThat(c.toRating(vn.motcua.core.calendar.WorkCalendar.ZONE, java.util.UUID.randomUUID()).dossier()).contains(DOSSIER);
        assertThat(arming.shownAs()).isEqualTo(DOSSIER.value());
    }

    private static List<RatingFlag> flags(List<RatingDecision> decisions) {
        return decisions.stream().map(d -> ((Classified) d).flag()).toList();
    }

    private static Arming arming(long ticket, String number, Optional<DossierCode> dossier, long atMillis) {
        return new Arming(3, Optional.of(new TicketId(ticket)), TicketNumber.parse(number), dossier, "lan.nt",
                at(atMillis), at(atMillis).plus(RULES.window()));
    }

    private static KeyPress press(int key, long atMillis) {
        return new KeyPress("KP03", key, 120, at(atMillis));
    }

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }
}
