package vn.motcua.app.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.rating.Arming;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingListener;
import vn.motcua.core.rating.RatingRules;

/**
 * The citizen's rating window on the counter's touch screen: idle until the clerk ends a service, then one big
 * button per level of the scale with the time left; after "Không hài lòng" the configured reasons; then thanks.
 * Touches and the digits of a keyboard-emulating pad are presses of the counter's {@link ScreenKeypad}: whether one
 * counts is decided by {@link RatingDesk}, which also hears the counter's other pads — the screen follows its events.
 */
public final class RatingScreenViewModel {
    public static final Duration THANKS_SHOWN = Duration.ofSeconds(5);

    public enum Phase {
        /** Nothing to rate: a greeting. */
        IDLE,
        /** Armed: the level buttons and the time left. */
        ASKING,
        /** Unhappy: the reasons to choose from. */
        REASON,
        /** Rated: thanks, then back to idle. */
        THANKS
    }

    /** One button: the level, the key it stands for, its words. */
    public record LevelChoice(RatingLevel level, int key, String label) {
    }

    private final RatingDesk desk;
    private final ScreenKeypad keypad;
    private final int counter;
    private final RatingRules rules;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final RatingListener listener;

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty countdown = new SimpleStringProperty(this, "countdown", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<LevelChoice> levels = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();

    private Optional<Arming> armed = Optional.empty();
    private long unhappyRating;
    private Instant reasonUntil = Instant.MIN;
    private TaskExecutor.Cancellable backToIdle;
    private boolean disposed;

    public RatingScreenViewModel(RatingDesk desk, ScreenKeypad keypad, int counter, TaskExecutor executor,
            Messages messages, Clock clock) {
        this.desk = Objects.requireNonNull(desk);
        this.keypad = Objects.requireNonNull(keypad);
        this.counter = counter;
        this.rules = desk.rules();
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        for (RatingLevel level : rules.scale().levels()) {
            String key = "ratingLevel." + level.name();
            levels.add(new LevelChoice(level, rules.scale().keyOf(level), messages.get(key)));
        }
        reasons.setAll(rules.reasons());
        this.listener = event -> {
            if (event.counter() == counter) {
                executor.schedule(Duration.ZERO, () -> heard(event));
            }
        };
        idle();
    }

    /** Listens to the counter's ratings; an arming already open is shown at once. */
    public void start() {
        desk.addListener(listener);
        executor.submit(() -> desk.waiting(counter), waiting -> waiting.ifPresent(this::asking), failure -> { });
    }

    public void dispose() {
        disposed = true;
        desk.removeListener(listener);
        cancelBackToIdle();
    }

    /** A level button touched. */
    public void touch(LevelChoice choice) {
        if (phase.get() == Phase.ASKING) {
            press(() -> keypad.touch(choice.key()));
        }
    }

    /** A digit from a keyboard-emulating pad: always a press, whatever the screen shows (misuse is flagged). */
    public void typed(int key) {
        press(() -> keypad.typed(key));
    }

    private void press(Runnable press) {
        executor.submit(() -> {
            press.run();
            return null;
        }, done -> { }, failure -> message.set(messages.get("satisfaction.screen.sorry")));
    }

    /** One of the reasons, after an unhappy rating. */
    public void chooseReason(String reason) {
        if (phase.get() != Phase.REASON) {
            return;
        }
        long rating = unhappyRating;
        thanks();
        executor.submit(() -> desk.giveReason(rating, reason), given -> { }, failure -> { });
    }

    /** The citizen does not want to say why. */
    public void skipReason() {
        if (phase.get() == Phase.REASON) {
            thanks();
        }
    }

    /** Every second: the time left; an unanswered reason question gives up after the rating window. */
    public void tick() {
        if (phase.get() == Phase.ASKING && armed.isPresent()) {
            showCountdown(armed.get());
        } else if (phase.get() == Phase.REASON && !clock.instant().isBefore(reasonUntil)) {
            thanks();
        }
    }

    private void heard(RatingEvent event) {
        if (disposed) {
            return;
        }
        switch (event) {
            case RatingEvent.Armed armedNow -> asking(armedNow.arming());
            case RatingEvent.Recorded recorded -> recorded(recorded.rating());
            case RatingEvent.Expired expired -> {
                if (phase.get() == Phase.ASKING) {
                    idle();
                }
            }
            case RatingEvent.NotRecorded notRecorded -> {
                if (notRecorded.flag() == RatingFlag.NONE) {
                    thanks();
                }
            }
            case RatingEvent.Kept kept -> {
                // kept on this PC until the centre's server is back: no reason asked, there is no stored rating yet
                if (kept.rating().flag() == RatingFlag.NONE && phase.get() == Phase.ASKING) {
                    armed = Optional.empty();
                    thanks();
                } else if (kept.rating().flag() == RatingFlag.BURST && phase.get() == Phase.ASKING) {
                    message.set(messages.get("satisfaction.screen.oncePlease"));
                }
            }
            case RatingEvent.Forwarded forwarded -> { }
            case RatingEvent.ReasonGiven given -> { }
            case RatingEvent.StreakChecked checked -> { }
        }
    }

    private void recorded(Rating rating) {
        if (rating.flag() == RatingFlag.BURST && phase.get() == Phase.ASKING) {
            message.set(messages.get("satisfaction.screen.oncePlease"));
        }
        if (rating.flag() != RatingFlag.NONE || phase.get() != Phase.ASKING) {
            return;
        }
        armed = Optional.empty();
        if (rating.level().filter(RatingLevel::isUnhappy).isPresent() && rules.asksReason()) {
            cancelBackToIdle();
            unhappyRating = rating.id();
            reasonUntil = clock.instant().plus(rules.window());
            phase.set(Phase.REASON);
            title.set(messages.get("satisfaction.screen.reason"));
            countdown.set("");
            message.set("");
        } else {
            thanks();
        }
    }

    private void asking(Arming arming) {
        cancelBackToIdle();
        armed = Optional.of(arming);
        phase.set(Phase.ASKING);
        String subject = arming.number().map(n -> messages.format("satisfaction.subject.ticket", n.text()))
                .orElseGet(() -> messages.format("satisfaction.subject.dossier", arming.shownAs()));
        title.set(messages.format("satisfaction.screen.ask", subject));
        message.set("");
        showCountdown(arming);
    }

    private void showCountdown(Arming arming) {
        long left = Math.max(0, (Duration.between(clock.instant(), arming.closesAt()).toMillis() + 999) / 1000);
        countdown.set(messages.format("satisfaction.screen.countdown", Long.toString(left)));
    }

    private void thanks() {
        armed = Optional.empty();
        phase.set(Phase.THANKS);
        title.set(messages.get("satisfaction.screen.thanks"));
        countdown.set("");
        message.set("");
        cancelBackToIdle();
        backToIdle = executor.schedule(THANKS_SHOWN, () -> {
            if (phase.get() == Phase.THANKS) {
                idle();
            }
        });
    }

    private void idle() {
        armed = Optional.empty();
        phase.set(Phase.IDLE);
        title.set(messages.get("satisfaction.screen.idle"));
        countdown.set("");
        message.set(messages.get("satisfaction.screen.idleHint"));
    }

    private void cancelBackToIdle() {
        if (backToIdle != null) {
            backToIdle.cancel();
            backToIdle = null;
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<LevelChoice> levels() {
        return levels;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }
}
