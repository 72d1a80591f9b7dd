package vn.motcua.app.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.app.rating.RatingScreenViewModel.LevelChoice;
import vn.motcua.app.rating.RatingScreenViewModel.Phase;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.store.demo.DemoQueue;

/** The citizen's rating screen without a window, on the real store and rating desk of counter 3. */
class RatingScreenViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private RatingScreenViewModel screen;
    private final List<Phase> phases = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        screen = new RatingScreenViewModel(desk.services.ratings(), desk.services.ratingScreen(), 3, desk.executor,
                desk.messages(), desk.clock);
        screen.phaseProperty().addListener((obs, was, now) -> phases.add(now));
        screen.start();
    }

    @AfterEach
    void close() {
        screen.dispose();
        desk.close();
    }

    @Test
    void offersTheLevelsOfTheScaleAndGreetsUntilAServiceEnds() {
        assertThat(screen.levels()).extracting(LevelChoice::label).containsExactly("Rất hài lòng", "Hài lòng",
                "Không hài lòng");
        assertThat(screen.levels()).extracting(LevelChoice::key).containsExactly(1, 2, 3);
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(screen.titleProperty().get()).isEqualTo("Kính chào quý khách");

        screen.touch(screen.levels().getFirst());
        assertThat(ratings()).as("the buttons do nothing while idle").isEmpty();
    }

    @Test
    void anUnhappyCitizenIsAskedWhyAndTheReasonIsStored() {
        armFor(ticket());
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.ASKING);
        assertThat(screen.titleProperty().get()).isEqualTo("Quý khách có hài lòng với việc giải quyết vé B001?");
        assertThat(screen.countdownProperty().get()).isEqualTo("Còn 30 giây");
        desk.clock.advance(Duration.ofSeconds(12));
        screen.tick();
        assertThat(screen.countdownProperty().get()).isEqualTo("Còn 18 giây");

        screen.touch(choice(RatingLevel.UNSATISFIED));
        settle();
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.REASON);
        assertThat(screen.reasons()).containsExactlyElementsOf(RatingRules.DEFAULT_REASONS);
        screen.chooseReason("Thái độ cán bộ chưa tốt");

        Rating rating = ratings().getLast();
        assertThat(rating.level()).contains(RatingLevel.UNSATISFIED);
        assertThat(rating.reason()).contains("Thái độ cán bộ chưa tốt");
        assertThat(rating.keypad()).isEqualTo(ScreenKeypad.TOUCH);
        assertThat(phases).containsExactly(Phase.ASKING, Phase.REASON, Phase.THANKS, Phase.IDLE);
    }

    @Test
    void aHappyCitizenIsThankedAndAKeyboardPadCountsLikeATouch() {
        armFor(ticket());
        screen.typed(2);
        settle();

        assertThat(phases).containsExactly(Phase.ASKING, Phase.THANKS, Phase.IDLE);
        assertThat(ratings().getLast().level()).contains(RatingLevel.SATISFIED);
        assertThat(ratings().getLast().keypad()).isEqualTo(ScreenKeypad.KEYBOARD);
    }

    @Test
    void aBurstAsksForOnePressAndTheScreenWaitsForIt() {
        armFor(ticket());
        screen.touch(choice(RatingLevel.VERY_SATISFIED));
        desk.clock.advance(Duration.ofMillis(150));
        screen.touch(choice(RatingLevel.UNSATISFIED));

        assertThat(screen.messageProperty().get()).isEqualTo("Xin quý khách chỉ bấm một lần");
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.ASKING);
        desk.clock.advance(Duration.ofSeconds(2));
        screen.touch(choice(RatingLevel.SATISFIED));
        settle();
        assertThat(ratings()).extracting(Rating::flag).containsExactly(RatingFlag.BURST, RatingFlag.BURST,
                RatingFlag.NONE);
    }

    @Test
    void theScreenGoesBackToItsGreetingWhenTheWindowRunsOutAndAReasonLeftUnansweredIsGivenUp() {
        armFor(ticket());
        desk.clock.advance(Duration.ofSeconds(30));
        desk.services.ratings().settle();
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.IDLE);

        desk.executor.holdScheduled();
        armFor(ticket());
        desk.executor.runScheduled();
        screen.touch(choice(RatingLevel.UNSATISFIED));
        desk.executor.runScheduled();
        settle();
        desk.executor.runScheduled();
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.REASON);
        desk.clock.advance(Duration.ofSeconds(30));
        screen.tick();
        assertThat(screen.phaseProperty().get()).isEqualTo(Phase.THANKS);
        assertThat(ratings().getLast().reason()).isEmpty();
    }

    private Ticket ticket() {
        desk.services.queue().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        var counter = desk.services.queue().counter(3, "lan.nt");
        counter.callNext().orElseThrow();
        return counter.finish().orElseThrow();
    }

    private void armFor(Ticket ticket) {
        desk.services.ratings().arm(3, Optional.of(ticket), Optional.empty(), "lan.nt");
    }

    private LevelChoice choice(RatingLevel level) {
        return screen.levels().stream().filter(c -> c.level() == level).findFirst().orElseThrow();
    }

    private void settle() {
        desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        desk.services.ratings().settle();
    }

    private List<Rating> ratings() {
        return desk.services.store().queue().ratings(3, LocalDateTime.of(2026, 11, 23, 0, 0));
    }
}
