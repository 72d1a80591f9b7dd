package vn.motcua.core.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.QueueTransaction;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.rating.CounterRatings.ArmOutcome;
import vn.motcua.core.rating.CounterRatings.ArmResult;
import vn.motcua.core.rating.RatingKeypad.KeyPress;

/**
 * Satisfaction ratings of one office (DOMAIN §7): arms a counter's keypads when a service ends, classifies every
 * press with {@link CounterRatings} and stores each one, flagged or not, through the queue store. An accepted
 * rating of a ticket is written in the same transaction as the ticket's {@link TicketEventKind#RATED} event, so
 * there is never one without the other.
 *
 * <p>Thread-safe. Presses of one counter are classified and stored in arrival order under that counter's lock;
 * counters proceed in parallel up to the store. Calls block on the store: never on the JavaFX thread. Time comes
 * from the presses and the clock; {@link #settle()} must be called at {@link #nextDeadline()} (the app's timer
 * does; tests move a clock and call it).
 *
 * <p>With {@link PendingRatings} (centre mode), a press the store cannot take because it is away is kept there
 * instead ({@link RatingEvent.Kept}) and {@link #forwardPending()} stores it once the store is back. Every press
 * carries its own id, and a press already stored under its id is not stored again, so a forward repeated after a
 * lost answer, or a press kept after a commit whose answer was lost, is stored exactly once.
 */
public final class RatingDesk {
    private static final int FORWARD_BATCH = 100;
    private final QueueStore store;
    private final RatingRules rules;
    private final Clock clock;
    private final ConcurrentMap<Integer, CounterRatings> counters = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, List<RatingKeypad>> keypads = new ConcurrentHashMap<>();
    private final List<RatingListener> listeners = new CopyOnWriteArrayList<>();
    private final Optional<PendingRatings> pending;
    private final Object forwarding = new Object();

    public RatingDesk(QueueStore store, RatingRules rules, Clock clock) {
        this(store, rules, clock, Optional.empty());
    }

    /** @param pending where presses wait while the store is away (centre mode); empty: such a press is not kept */
    public RatingDesk(QueueStore store, RatingRules rules, Clock clock, Optional<PendingRatings> pending) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pending = Objects.requireNonNull(pending, "pending");
    }

    public RatingRules rules() {
        return rules;
    }

    public void addListener(RatingListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(RatingListener listener) {
        listeners.remove(listener);
    }

    /**
     * Connects a keypad of the counter: its presses are classified here, and it is lit and darkened with the
     * counter's armings. A counter may have several (a serial pad and the touch screen).
     */
    public void attach(int counter, RatingKeypad keypad) {
        Objects.requireNonNull(keypad, "keypad");
        state(counter);
        keypadsOf(counter).add(keypad);
        keypad.onPress(press -> press(counter, press));
    }

    /**
     * Arms the counter for the service that just ended: the ticket (empty for a result handed back without
     * one), the dossier when there is one, and the clerk the rating is about, for {@link RatingRules#window()}.
     */
    public ArmOutcome arm(int counter, Optional<Ticket> ticket, Optional<DossierCode> dossier, String clerk) {
        Instant now = clock.instant();
        Arming arming = new Arming(counter, ticket.map(Ticket::id), ticket.map(Ticket::number), dossier, clerk, now,
                now.plus(rules.window()));
        CounterRatings state = state(counter);
        synchronized (state) {
            ArmResult result = state.arm(arming);
            apply(result.decisions());
            result.arming().ifPresent(armed -> {
                Duration window = Duration.between(now, armed.closesAt());
                for (RatingKeypad keypad : keypadsOf(counter)) {
                    guarded(() -> keypad.arm(armed.shownAs(), window));
                }
                publish(new RatingEvent.Armed(armed));
            });
            return result.outcome();
        }
    }

    /** One press of a keypad of the counter, as its adapter reported it. */
    public void press(int counter, KeyPress press) {
        CounterRatings state = state(counter);
        synchronized (state) {
            apply(state.press(press));
        }
    }

    /** Decides what the clock has settled at every counter (accepted presses, windows run out). */
    public void settle() {
        Instant now = clock.instant();
        for (CounterRatings state : counters.values()) {
            synchronized (state) {
                apply(state.settle(now));
            }
        }
    }

    /** The earliest moment {@link #settle()} has something to do. */
    public Optional<Instant> nextDeadline() {
        Optional<Instant> earliest = Optional.empty();
        for (CounterRatings state : counters.values()) {
            Optional<Instant> next;
            synchronized (state) {
                next = state.nextDeadline();
            }
            if (next.isPresent() && (earliest.isEmpty() || next.get().isBefore(earliest.get()))) {
                earliest = next;
            }
        }
        return earliest;
    }

    /** The counter's arming still waiting for its press. */
    public Optional<Arming> waiting(int counter) {
        CounterRatings state = state(counter);
        synchronized (state) {
            return state.waiting();
        }
    }

    /**
     * Stores why the citizen was unhappy, once, on an accepted rating.
     *
     * @return the rating with its reason; empty when there is no such rating or it already has a reason
     * @throws IllegalArgumentException when the reason is not one of {@link RatingRules#reasons()}
     */
    public Optional<Rating> giveReason(long ratingId, String reason) {
        String chosen = Objects.requireNonNull(reason, "reason").strip();
        if (!rules.reasons().contains(chosen)) {
            throw new IllegalArgumentException("Not one of the configured reasons");
        }
        Optional<Rating> given = store.atomically(tx -> tx.giveRatingReason(ratingId, chosen));
        given.ifPresent(rating -> publish(new RatingEvent.ReasonGiven(rating)));
        return given;
    }

    /** The counter's unhappy streak now (reads the store). */
    public UnhappyStreak streak(int counter) {
        LocalDateTime now = now();
        UnhappyAlertRule rule = rules.alert();
        return rule.check(counter, store.ratings(counter, rule.periodStart(now)), now);
    }

    private void apply(List<RatingDecision> decisions) {
        for (RatingDecision decision : decisions) {
            switch (decision) {
                case RatingDecision.Classified classified -> record(classified);
                case RatingDecision.Expired expired -> {
                    disarm(expired.arming().counter());
                    publish(new RatingEvent.Expired(expired.arming()));
                }
            }
        }
    }

    private void record(RatingDecision.Classified classified) {
        NewRating row = classified.toRating(WorkCalendar.ZONE, UUID.randomUUID());
        Rating stored;
        try {
            stored = store.atomically(tx -> write(tx, row));
        } catch (QueueUnavailableException e) {
            if (row.flag() == RatingFlag.NONE) {
                disarm(row.counter());
            }
            keep(row, e);
            return;
        } catch (RuntimeException e) {
            if (row.flag() == RatingFlag.NONE) {
                disarm(row.counter());
            }
            notRecorded(row, e);
            return;
        }
        if (row.flag() == RatingFlag.NONE) {
            disarm(row.counter());
        }
        publish(new RatingEvent.Recorded(stored));
        if (stored.counts()) {
            guarded(() -> publish(new RatingEvent.StreakChecked(streak(stored.counter()))));
        }
    }

    /** The store is away: the press waits on this PC when there is somewhere to keep it. */
    private void keep(NewRating row, QueueUnavailableException unavailable) {
        if (pending.isEmpty()) {
            notRecorded(row, unavailable);
            return;
        }
        try {
            pending.get().keep(row);
        } catch (RuntimeException e) {
            notRecorded(row, e);
            return;
        }
        publish(new RatingEvent.Kept(row));
    }

    private void notRecorded(NewRating row, RuntimeException e) {
        publish(new RatingEvent.NotRecorded(row.counter(), row.flag(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        report(e);
    }

    /**
     * Stores the presses kept while the store was away, oldest first, each once (a press already stored under its id
     * is only marked forwarded). Stops at the first sign the store is away again: the rest wait for the next call. A
     * press the store refuses for another reason is set aside with it, never retried. One forward runs at a time.
     *
     * @return how many presses were forwarded
     */
    public int forwardPending() {
        if (pending.isEmpty()) {
            return 0;
        }
        PendingRatings kept = pending.get();
        synchronized (forwarding) {
            int forwarded = 0;
            while (true) {
                List<NewRating> batch = kept.pending(FORWARD_BATCH);
                if (batch.isEmpty()) {
                    return forwarded;
                }
                for (NewRating row : batch) {
                    Rating stored;
                    try {
                        stored = store.atomically(tx -> write(tx, row));
                    } catch (QueueUnavailableException e) {
                        return forwarded;
                    } catch (RuntimeException e) {
                        kept.refused(row.press(), e.getClass().getSimpleName());
                        report(e);
                        continue;
                    }
                    kept.forwarded(row.press(), stored.id());
                    forwarded++;
                    publish(new RatingEvent.Forwarded(stored));
                }
            }
        }
    }

    /** How many presses wait on this PC for the store (0 without {@link PendingRatings}). */
    public int pendingCount() {
        return pending.map(PendingRatings::pendingCount).orElse(0);
    }

    /** The press, and for an accepted rating of a ticket its RATED event: both or neither. */
    private static Rating write(QueueTransaction tx, NewRating row) {
        Optional<Rating> already = tx.ratingOfPress(row.press());
        if (already.isPresent()) {
            return already.get(); // stored before, its answer lost: with its RATED event, in that transaction
        }
        Rating stored = tx.recordRating(row);
        if (row.flag() == RatingFlag.NONE && row.ticket().isPresent()) {
            Ticket ticket = tx.ticket(row.ticket().get()).orElseThrow(
                    () -> new IllegalStateException("Ticket " + row.ticket().get() + " is not stored"));
            tx.record(new TicketEvent(ticket.id(), TicketEventKind.RATED, row.pressedAt(),
                    OptionalInt.of(row.counter()), row.clerk(), ticket.service(), row.level().orElseThrow().name()));
        }
        return stored;
    }

    private void disarm(int counter) {
        for (RatingKeypad keypad : keypadsOf(counter)) {
            guarded(keypad::disarm);
        }
    }

    private CounterRatings state(int counter) {
        return counters.computeIfAbsent(counter, number -> new CounterRatings(number, rules));
    }

    private List<RatingKeypad> keypadsOf(int counter) {
        return keypads.computeIfAbsent(counter, number -> new CopyOnWriteArrayList<>());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }

    /** A listener that throws does not stop the others; its exception goes to the uncaught-exception handler. */
    private void publish(RatingEvent event) {
        for (RatingListener listener : listeners) {
            guarded(() -> listener.onEvent(event));
        }
    }

    private static void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private static void report(RuntimeException e) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
    }
}
