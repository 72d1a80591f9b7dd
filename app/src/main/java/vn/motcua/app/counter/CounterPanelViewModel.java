package vn.motcua.app.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.queue.QueueTexts;
import vn.motcua.app.task.CoalescedRun;
import vn.motcua.app.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.intake.DossierTickets;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.CounterNow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueListener;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.QueueResult;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.queue.TransferTarget;
import vn.motcua.core.queue.WaitingTicket;
import vn.motcua.core.rating.Arming;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingEvent;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingListener;
import vn.motcua.core.rating.UnhappyStreak;

/**
 * The clerk's queue at one counter: the current ticket, every counter action (each one store transaction on
 * the {@link TaskExecutor}), and the lists of waiting, parked and no-show tickets. Reloads when this process
 * changes the queue; the window calls {@link #reload()} every {@link #POLL} for changes made elsewhere and for
 * the waiting times.
 *
 * <p>Ratings: finishing a ticket (F6) arms the counter's keypads for it, its dossier and this clerk; so does handing a
 * result back ({@link #armForReturn}). The panel shows the countdown ({@link #tick()} every second), the outcome, and
 * the counter's unhappy-streak alert.
 */
public final class CounterPanelViewModel {
    public static final Duration POLL = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(CounterPanelViewModel.class);

    /** A service or counter the clerk can pick in a dialog. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private record Snapshot(QueueConfiguration configuration, Optional<CounterNow> counter,
            List<WaitingTicket> waiting, List<Ticket> parked, List<Ticket> noShows, Optional<Arming> armed,
            UnhappyStreak streak) {
    }

    private final QueueDesk desk;
    private final RatingDesk ratings;
    private final DossierTickets dossierTickets;
    private final String clerk;
    private final RatingListener ratingListener;
    private final CounterDesk counter;
    private final TaskExecutor executor;
    private final Messages messages;
    private final QueueTexts texts;
    private final Clock clock;
    private final QueueListener listener;

    private final StringProperty currentNumber = new SimpleStringProperty(this, "currentNumber", "");
    private final StringProperty currentDetail = new SimpleStringProperty(this, "currentDetail", "");
    private final BooleanProperty hasCurrent = new SimpleBooleanProperty(this, "hasCurrent");
    private final BooleanProperty serving = new SimpleBooleanProperty(this, "serving");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty messageIsProblem = new SimpleBooleanProperty(this, "messageIsProblem");
    private final StringProperty waitingSummary = new SimpleStringProperty(this, "waitingSummary", "");
    private final ObservableList<WaitingRow> waiting = FXCollections.observableArrayList();
    private final ObservableList<WaitingRow> parked = FXCollections.observableArrayList();
    private final ObservableList<WaitingRow> noShows = FXCollections.observableArrayList();
    private final ObservableList<Choice<ServiceId>> services = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> otherCounters = FXCollections.observableArrayList();
    private final StringProperty ratingStatus = new SimpleStringProperty(this, "ratingStatus", "");
    private final BooleanProperty ratingWaiting = new SimpleBooleanProperty(this, "ratingWaiting");
    private final BooleanProperty ratingProblem = new SimpleBooleanProperty(this, "ratingProblem");
    private final StringProperty ratingAlert = new SimpleStringProperty(this, "ratingAlert", "");

    private Optional<Ticket> currentTicket = Optional.empty();
    private Optional<Arming> armed = Optional.empty();
    private int flaggedWhileArmed;
    private long lastRated;
    private String lastRatedSubject = "";
    private boolean disposed;

    public CounterPanelViewModel(QueueDesk desk, RatingDesk ratings, DossierTickets dossierTickets, int counterNumber,
            String clerk, TaskExecutor executor, Messages messages, Clock clock) {
        this.desk = Objects.requireNonNull(desk);
        this.ratings = Objects.requireNonNull(ratings);
        this.dossierTickets = Objects.requireNonNull(dossierTickets);
        this.clerk = Objects.requireNonNull(clerk);
        this.counter = desk.counter(counterNumber, clerk);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.texts = new QueueTexts(messages);
        this.clock = Objects.requireNonNull(clock);
        // Listener calls come from the thread that changed the queue; several in a row make one reload.
        CoalescedRun reloadSoon = new CoalescedRun(executor, this::reload);
        this.listener = event -> reloadSoon.run();
        // Rating events come from a keypad's thread or a background task: handled on the UI thread.
        this.ratingListener = event -> {
            if (event.counter() == counterNumber) {
                executor.schedule(Duration.ZERO, () -> rated(event));
            }
        };
    }

    /** Starts listening and loads the lists; call once the panel is shown. */
    public void start() {
        desk.addListener(listener);
        ratings.addListener(ratingListener);
        reload();
    }

    public void dispose() {
        disposed = true;
        desk.removeListener(listener);
        ratings.removeListener(ratingListener);
    }

    public void callNext() {
        act(counter::callNext, ticket -> messages.format("counter.done.called", ticket.number().text()));
    }

    public void recall() {
        act(counter::recall, ticket -> messages.format("counter.done.recalled", ticket.number().text(),
                Integer.toString(ticket.call().map(Ticket.Call::calls).orElse(1))));
    }

    public void startServing() {
        act(counter::startServing, ticket -> messages.format("counter.done.serving", ticket.number().text()));
    }

    /** Ends the service and arms the keypads for it: the citizen rates this ticket, its dossier and this clerk. */
    public void finish() {
        act(() -> {
            QueueResult<Ticket> result = counter.finish();
            result.done().ifPresent(ticket -> armRating(Optional.of(ticket), latestDossierOf(ticket)));
            return result;
        }, ticket -> messages.format("counter.done.finished", ticket.number().text()));
    }

    /**
     * A result was handed back at this counter: arms the keypads for that dossier and the ticket being served here,
     * if any (a citizen who came back without a ticket rates the dossier alone).
     */
    public void armForReturn(DossierCode dossier) {
        Optional<Ticket> ticket = currentTicket;
        executor.submit(() -> {
            armRating(ticket, Optional.of(dossier));
            return null;
        }, done -> { }, failure -> { });
    }

    /** Runs in the background; a failure to arm never undoes the clerk's action, it is only reported. */
    private void armRating(Optional<Ticket> ticket, Optional<DossierCode> dossier) {
        try {
            if (ratings.arm(counter.number(), ticket, dossier, clerk) == ArmOutcome.ALREADY_RATED) {
                String subject = ticket.map(t -> messages.format("satisfaction.subject.ticket", t.number().text()))
                        .orElseGet(() -> messages.format("satisfaction.subject.dossier", dossier.orElseThrow().value()));
                executor.schedule(Duration.ZERO,
                        () -> sayRating(messages.format("satisfaction.panel.alreadyRated", subject), false));
            }
        } catch (RuntimeException e) {
            LOG.warn("The rating keypads could not be armed: {}", e.getClass().getName());
            executor.schedule(Duration.ZERO, () -> sayRating(messages.get("satisfaction.panel.notArmed"), true));
        }
    }

    /** The dossier taken in last on the ticket, if any (all of that visit's dossiers carry the rating). */
    private Optional<DossierCode> latestDossierOf(Ticket ticket) {
        try {
            List<DossierCode> dossiers = dossierTickets.dossiersOf(ticket.id());
            return dossiers.isEmpty() ? Optional.empty() : Optional.of(dossiers.getLast());
        } catch (RuntimeException e) {
            LOG.warn("The dossiers of a finished ticket could not be read: {}", e.getClass().getName());
            return Optional.empty();
        }
    }

    private void rated(RatingEvent event) {
        if (disposed) {
            return;
        }
        switch (event) {
            case RatingEvent.Armed armedNow -> {
                armed = Optional.of(armedNow.arming());
                flaggedWhileArmed = 0;
                ratingWaiting.set(true);
                showCountdown();
            }
            case RatingEvent.Recorded recorded -> recorded(recorded.rating());
            case RatingEvent.Expired expired -> {
                armed = Optional.empty();
                ratingWaiting.set(false);
                sayRating(messages.format("satisfaction.panel.expired", subject(expired.arming())), false);
            }
            case RatingEvent.ReasonGiven given -> sayRating(messages.format("satisfaction.panel.ratedWithReason",
                    given.rating().id() == lastRated ? lastRatedSubject : subjectOf(given.rating()),
                    level(given.rating()), given.rating().reason().orElse("")), false);
            case RatingEvent.StreakChecked checked -> showStreak(checked.streak());
            case RatingEvent.NotRecorded notRecorded -> sayRating(messages.get("satisfaction.panel.notStored"), true);
            case RatingEvent.Kept kept -> kept(kept.rating());
            case RatingEvent.Forwarded forwarded -> { }
        }
    }

    /** The centre's server was away: the press waits on this PC and is forwarded when the server is back. */
    private void kept(NewRating rating) {
        if (rating.flag() == RatingFlag.NONE) {
            String subject = armed.filter(a -> a.ticket().equals(rating.ticket())).map(this::subject)
                    .orElseGet(() -> messages.get("satisfaction.subject.service"));
            armed = Optional.empty();
            ratingWaiting.set(false);
            String key = "ratingLevel." + rating.level().orElseThrow().name();
            sayRating(messages.format("satisfaction.panel.kept", subject, messages.get(key)), false);
        } else if (armed.isPresent()) {
            flaggedWhileArmed++;
            showCountdown();
        } else {
            sayRating(messages.get("satisfaction.panel.keptFlagged"), false);
        }
    }

    private void recorded(Rating rating) {
        if (rating.flag() == RatingFlag.NONE) {
            String subject = subjectOf(rating);
            lastRated = rating.id();
            lastRatedSubject = subject;
            armed = Optional.empty();
            ratingWaiting.set(false);
            sayRating(messages.format("satisfaction.panel.rated", subject, level(rating)), false);
        } else if (armed.isPresent()) {
            flaggedWhileArmed++;
            showCountdown();
        } else {
            String key = "ratingFlag." + rating.flag().name();
            sayRating(messages.format("satisfaction.panel.flagged", messages.get(key)), false);
        }
    }

    private String subjectOf(Rating rating) {
        return armed.filter(a -> a.ticket().equals(rating.ticket()) && (a.ticket().isPresent()
                || a.dossier().equals(rating.dossier()))).map(this::subject)
                .orElseGet(() -> rating.dossier().filter(d -> rating.ticket().isEmpty())
                        .map(d -> messages.format("satisfaction.subject.dossier", d.value()))
                        .orElseGet(() -> messages.get("satisfaction.subject.service")));
    }

    private String subject(Arming arming) {
        return arming.number().map(n -> messages.format("satisfaction.subject.ticket", n.text()))
                .orElseGet(() -> messages.format("satisfaction.subject.dossier", arming.shownAs()));
    }

    private String level(Rating rating) {
        String key = "ratingLevel." + rating.level().orElseThrow().name();
        return messages.get(key);
    }

    /** Every second: the time left to rate. */
    public void tick() {
        if (armed.isPresent()) {
            showCountdown();
        }
    }

    private void showCountdown() {
        Arming arming = armed.orElseThrow();
        long left = Math.max(0, (Duration.between(clock.instant(), arming.closesAt()).toMillis() + 999) / 1000);
        String waiting = messages.format("satisfaction.panel.waiting", subject(arming), Long.toString(left));
        sayRating(flaggedWhileArmed == 0 ? waiting : messages.format("satisfaction.panel.flaggedDuring", waiting,
                Integer.toString(flaggedWhileArmed)), false);
    }

    private void showStreak(UnhappyStreak streak) {
        ratingAlert.set(streak.alert() ? messages.format("satisfaction.alert", Integer.toString(streak.unhappy()),
                Integer.toString(streak.ratings()), Long.toString(ratings.rules().alert().period().toMinutes()))
                : "");
    }

    private void sayRating(String text, boolean problem) {
        ratingStatus.set(text);
        ratingProblem.set(problem);
    }

    public void markNoShow() {
        act(counter::markNoShow, ticket -> messages.format("counter.done.noShow", ticket.number().text()));
    }

    public void park(String reason) {
        act(() -> counter.park(reason), ticket -> messages.format("counter.done.parked", ticket.number().text()));
    }

    public void unpark(TicketId id) {
        act(() -> counter.unpark(id), ticket -> messages.format("counter.done.called", ticket.number().text()));
    }

    public void returnToQueue(TicketId id) {
        act(() -> counter.returnToQueue(id, QueuePosition.FRONT),
                ticket -> messages.format("counter.done.returned", ticket.number().text()));
    }

    public void transfer(TransferTarget target, QueuePosition position, boolean returnAfter) {
        act(() -> counter.transfer(target, position, returnAfter),
                ticket -> messages.format("counter.done.transferred", ticket.number().text()));
    }

    public void callSpecific(String number) {
        act(() -> counter.callSpecific(number),
                ticket -> messages.format("counter.done.called", ticket.number().text()));
    }

    public void serveWalkIn(ServiceId service) {
        act(() -> counter.serveWalkIn(service),
                ticket -> messages.format("counter.done.walkIn", ticket.number().text()));
    }

    /** Pauses an open counter, resumes a paused one. */
    public void togglePause() {
        boolean resume = paused.get();
        act(resume ? counter::resume : counter::pause,
                state -> messages.get(state.paused() ? "counter.done.paused" : "counter.done.resumed"));
    }

    private <T> void act(Callable<QueueResult<T>> action, Function<T, String> success) {
        if (busy.get() || disposed) {
            return;
        }
        busy.set(true);
        executor.submit(action, result -> {
            busy.set(false);
            switch (result) {
                case QueueResult.Done<T> done -> say(success.apply(done.value()), false);
                case QueueResult.Refused<T> refused -> say(texts.refusal(refused.reason()), true);
            }
            reload();
        }, failure -> {
            busy.set(false);
            sayStoreFailure(failure);
        });
    }

    /** In centre mode the shared queue may be away (LAN, server): intake goes on; the queue comes back by itself. */
    private void sayStoreFailure(Throwable failure) {
        say(messages.get(failure instanceof QueueUnavailableException ? "counter.error.unavailable"
                : "counter.error.store"), true);
    }

    private void say(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }


    /** F5 and after every action: reads the counter's lists again. */
    public void reload() {
        if (disposed) {
            return;
        }
        executor.submit(this::read, this::show, this::sayStoreFailure);
    }

    private Snapshot read() {
        return new Snapshot(desk.configuration(), counter.state(), counter.waiting(), counter.parked(),
                desk.noShows(), ratings.waiting(counter.number()), ratings.streak(counter.number()));
    }

    private void show(Snapshot snapshot) {
        QueueConfiguration configuration = snapshot.configuration();
        Optional<Ticket> current = snapshot.counter().flatMap(CounterNow::current);
        currentTicket = current;
        showStreak(snapshot.streak());
        if (snapshot.armed().isPresent() && armed.isEmpty()) {
            armed = snapshot.armed(); // armed before this panel opened (signed in again)
            ratingWaiting.set(true);
            showCountdown();
        }
        paused.set(snapshot.counter().map(CounterNow::paused).orElse(false));
        hasCurrent.set(current.isPresent());
        serving.set(current.map(t -> t.status() == TicketStatus.SERVING).orElse(false));
        currentNumber.set(current.map(t -> t.number().text()).orElse(messages.get("common.none")));
        currentDetail.set(current.map(t -> detail(configuration, t)).orElse(messages.get(
                paused.get() ? "counter.pausedHint" : "counter.idleHint")));
        LocalDateTime now = now();
        waiting.setAll(snapshot.waiting().stream()
                .map(w -> row(configuration, w.ticket(), texts.minutes(w.waited()))).toList());
        parked.setAll(snapshot.parked().stream()
                .map(t -> row(configuration, t, t.reason().orElse(""))).toList());
        noShows.setAll(snapshot.noShows().stream()
                .map(t -> row(configuration, t, texts.minutes(Duration.between(t.issuedAt(), now)))).toList());
        waitingSummary.set(snapshot.waiting().isEmpty() ? messages.get("counter.waiting.none")
                : messages.format("counter.waiting.summary", Integer.toString(snapshot.waiting().size()),
                        texts.minutes(snapshot.waiting().stream().map(WaitingTicket::waited)
                                .max(Duration::compareTo).orElse(Duration.ZERO))));
        services.setAll(configuration.services().stream()
                .map(s -> new Choice<>(s.id(), s.prefix() + " — " + s.name())).toList());
        otherCounters.setAll(configuration.counters().stream().filter(c -> c.number() != counter.number())
                .map(c -> new Choice<>(c.number(), c.name())).toList());
    }

    private String detail(QueueConfiguration configuration, Ticket ticket) {
        String service = texts.serviceName(configuration, ticket.service());
        String state = texts.status(ticket.status());
        if (ticket.status() == TicketStatus.CALLED) {
            int calls = ticket.call().map(Ticket.Call::calls).orElse(1);
            state = messages.format("counter.callCount", state, Integer.toString(calls),
                    Integer.toString(configuration.policy().maxCalls()));
        }
        String mark = texts.priorityMark(ticket);
        return String.join(" · ", mark.isEmpty() ? List.of(service, state) : List.of(service, state, mark));
    }

    private WaitingRow row(QueueConfiguration configuration, Ticket ticket, String note) {
        return new WaitingRow(ticket.id(), ticket.number().text(), texts.serviceName(configuration, ticket.service()),
                texts.priorityMark(ticket), note, ticket.priority().isPriority());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }

    /** The ticket being called or served here, as last read: a dossier taken in now belongs to it. */
    public Optional<ServedTicket> servedTicket() {
        return currentTicket.map(ticket -> new ServedTicket(ticket.id(), counter.number()));
    }

    public int counterNumber() {
        return counter.number();
    }

    public ReadOnlyStringProperty currentNumberProperty() {
        return currentNumber;
    }

    public ReadOnlyStringProperty currentDetailProperty() {
        return currentDetail;
    }

    public ReadOnlyBooleanProperty hasCurrentProperty() {
        return hasCurrent;
    }

    public ReadOnlyBooleanProperty servingProperty() {
        return serving;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem;
    }

    public ReadOnlyStringProperty waitingSummaryProperty() {
        return waitingSummary;
    }

    public ObservableList<WaitingRow> waiting() {
        return waiting;
    }

    public ObservableList<WaitingRow> parked() {
        return parked;
    }

    public ObservableList<WaitingRow> noShows() {
        return noShows;
    }

    public ObservableList<Choice<ServiceId>> services() {
        return services;
    }

    public ObservableList<Choice<Integer>> otherCounters() {
        return otherCounters;
    }

    /** The keypad: waiting for a rating with the time left, or the last outcome. */
    public ReadOnlyStringProperty ratingStatusProperty() {
        return ratingStatus;
    }

    public ReadOnlyBooleanProperty ratingWaitingProperty() {
        return ratingWaiting;
    }

    public ReadOnlyBooleanProperty ratingProblemProperty() {
        return ratingProblem;
    }

    /** The counter's unhappy-streak alert; empty when there is none. */
    public ReadOnlyStringProperty ratingAlertProperty() {
        return ratingAlert;
    }
}
