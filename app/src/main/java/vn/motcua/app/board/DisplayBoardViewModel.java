package vn.motcua.app.board;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.CoalescedRun;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.app.task.TaskExecutor.Cancellable;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.CallRecord;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterNow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueEvent;
import vn.motcua.core.queue.QueueListener;
import vn.motcua.core.queue.QueueUnavailableException;

/**
 * The waiting-room board: the newest call in very large type (highlighted for {@link #HIGHLIGHT} after it is
 * made), each counter with the number it is calling or serving, and the last {@link #LAST_CALLS} calls. Reloads
 * on every change in this process; the window also calls {@link #reload()} every {@link #POLL} for the calls
 * of other processes.
 *
 * <p>In centre mode the queue's server (or the LAN) may be away: the board then shows {@link #unavailableProperty()}
 * over the last picture it read, which stays on screen marked as possibly out of date. The sign goes once the event
 * feed is connected again (it has caught up with the calls made meanwhile) and the board has read them.
 */
public final class DisplayBoardViewModel {
    public static final int LAST_CALLS = 8;
    public static final Duration POLL = Duration.ofSeconds(3);
    public static final Duration HIGHLIGHT = Duration.ofSeconds(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private record Snapshot(QueueConfiguration configuration, List<CounterNow> counters, List<CallRecord> calls) {
    }

    private final QueueDesk desk;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final QueueListener listener;

    private final StringProperty latestNumber = new SimpleStringProperty(this, "latestNumber", "");
    private final StringProperty latestCounter = new SimpleStringProperty(this, "latestCounter", "");
    private final BooleanProperty highlighted = new SimpleBooleanProperty(this, "highlighted");
    private final BooleanProperty unavailable = new SimpleBooleanProperty(this, "unavailable");
    private final StringProperty unavailableText = new SimpleStringProperty(this, "unavailableText", "");
    private final ObservableList<BoardLine> counters = FXCollections.observableArrayList();
    private final ObservableList<BoardLine> lastCalls = FXCollections.observableArrayList();

    private CallRecord latest;
    private Cancellable endHighlight;
    private boolean disposed;
    /** The event feed said the server is away and has not said it is back. */
    private boolean feedLost;

    public DisplayBoardViewModel(QueueDesk desk, TaskExecutor executor, Messages messages, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.desk = Objects.requireNonNull(desk);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        CoalescedRun reloadSoon = new CoalescedRun(executor, this::reload);
        this.listener = event -> {
            if (event instanceof QueueEvent.StoreReachable reachable) {
                executor.schedule(Duration.ZERO, () -> reachable(reachable.reachable()));
            } else {
                reloadSoon.run();
            }
        };
    }

    public void start() {
        desk.addListener(listener);
        reload();
    }

    public void dispose() {
        disposed = true;
        desk.removeListener(listener);
        if (endHighlight != null) {
            endHighlight.cancel();
        }
    }


    public void reload() {
        if (disposed) {
            return;
        }
        executor.submit(() -> new Snapshot(desk.configuration(), desk.counters(), desk.lastCalls(LAST_CALLS)),
                snapshot -> {
                    show(snapshot);
                    if (!feedLost) {
                        showUnavailable(false);
                    }
                }, failure -> {
                    if (failure instanceof QueueUnavailableException) {
                        showUnavailable(true);
                    }
                });
    }

    /** The event feed lost the server, or is connected again and has caught up: read what was called meanwhile. */
    private void reachable(boolean reachable) {
        if (disposed) {
            return;
        }
        feedLost = !reachable;
        if (!reachable) {
            showUnavailable(true);
        }
        reload();
    }

    private void showUnavailable(boolean away) {
        unavailable.set(away);
        unavailableText.set(away ? messages.get("board.unavailable") : "");
    }

    private void show(Snapshot snapshot) {
        Map<Integer, String> names = snapshot.configuration().counters().stream()
                .collect(Collectors.toMap(Counter::number, Counter::name));
        Function<Integer, String> counterName = number -> names.getOrDefault(number,
                messages.format("common.counter", number));
        counters.setAll(snapshot.counters().stream().map(c -> new BoardLine(
                c.current().map(t -> t.number().text()).orElse(messages.get(c.paused() ? "board.paused" : "common.none")),
                c.name(), "")).toList());
        lastCalls.setAll(snapshot.calls().stream().map(call -> new BoardLine(call.number().text(),
                counterName.apply(call.counter()), TIME.format(call.at()))).toList());
        CallRecord newest = snapshot.calls().isEmpty() ? null : snapshot.calls().getFirst();
        if (newest != null && !newest.equals(latest)) {
            boolean isNew = latest != null || isRecent(newest);
            latest = newest;
            latestNumber.set(newest.number().text());
            latestCounter.set(counterName.apply(newest.counter()));
            if (isNew) {
                highlight();
            }
        }
    }

    /** On start the board shows the last call, but only highlights it if it was made just now. */
    private boolean isRecent(CallRecord call) {
        return Duration.between(call.at(), LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE))
                .compareTo(HIGHLIGHT) < 0;
    }

    private void highlight() {
        highlighted.set(true);
        if (endHighlight != null) {
            endHighlight.cancel();
        }
        endHighlight = executor.schedule(HIGHLIGHT, () -> highlighted.set(false));
    }

    public ReadOnlyStringProperty latestNumberProperty() {
        return latestNumber;
    }

    public ReadOnlyStringProperty latestCounterProperty() {
        return latestCounter;
    }

    /** The queue's server cannot be reached: the numbers shown are the last read and may be out of date. */
    public ReadOnlyBooleanProperty unavailableProperty() {
        return unavailable;
    }

    /** The sign's text while {@link #unavailableProperty()}; empty otherwise. */
    public ReadOnlyStringProperty unavailableTextProperty() {
        return unavailableText;
    }

    public ReadOnlyBooleanProperty highlightedProperty() {
        return highlighted;
    }

    public ObservableList<BoardLine> counters() {
        return counters;
    }

    public ObservableList<BoardLine> lastCalls() {
        return lastCalls;
    }
}
