package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * The actions of one counter's clerk (DOMAIN §6). Each runs in one store transaction and returns the changed
 * ticket, or why it was refused, in which case nothing changed. A counter holds at most one ticket it is
 * calling or serving; parked tickets stay held by it without blocking it.
 */
public final class CounterDesk {
    static final String UNPARKED_NOTE = "unparked";

    private final QueueDesk desk;
    private final int number;
    private final Optional<String> clerk;

    CounterDesk(QueueDesk desk, int number, String clerk) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.number = number;
        this.clerk = Optional.of(Objects.requireNonNull(clerk, "clerk"));
    }

    public int number() {
        return number;
    }

    /**
     * Calls the ticket {@link CallNext} chooses. A current ticket announced the allowed number of times, the
     * last one at least the minimum gap ago, becomes a no-show first; any other current ticket refuses.
     */
    public QueueResult<Ticket> callNext() {
        return desk.change((tx, now) -> {
            Optional<Counter> counter = tx.configuration().counter(number);
            if (counter.isEmpty()) {
                return Step.refused(QueueRefusal.UNKNOWN_COUNTER);
            }
            CounterState state = tx.counterState(number);
            CallPolicy policy = tx.configuration().policy();
            Optional<Ticket> current = tx.activeTicketAt(number);
            if (state.paused() || current.filter(ticket -> !isNoShow(policy, ticket, now)).isPresent()) {
                return Step.refused(state.paused() ? QueueRefusal.COUNTER_PAUSED : QueueRefusal.COUNTER_BUSY);
            }
            Optional<CallNext.Choice> choice = new CallNext(policy)
                    .choose(counter.get(), state.normalsSincePriority(), tx.heads(counter.get()), now);
            if (choice.isEmpty()) {
                return Step.refused(QueueRefusal.NOTHING_WAITING);
            }
            List<QueueEvent> events = new ArrayList<>();
            current.ifPresent(ticket -> apply(tx, ticket.withStatus(TicketStatus.NO_SHOW, Optional.empty()),
                    TicketEventKind.NO_SHOW, now, "", events));
            tx.saveCounterState(state.afterCalling(choice.get().normalsSincePriority()));
            Ticket called = apply(tx, choice.get().ticket().calledBy(number, now), TicketEventKind.CALLED, now, "",
                    events);
            return Step.done(called, events);
        });
    }

    /** Announces the current call again, within the policy's limit and minimum gap. */
    public QueueResult<Ticket> recall() {
        return withCurrent((tx, now, ticket) -> {
            if (ticket.status() == TicketStatus.SERVING) {
                return Step.refused(QueueRefusal.ALREADY_SERVING);
            }
            Optional<QueueRefusal> refusal = tx.configuration().policy().refuseRecall(ticket.call().orElseThrow(), now);
            return refusal.<Step<Ticket>>map(Step::refused)
                    .orElseGet(() -> single(tx, ticket.recalled(now), TicketEventKind.CALLED, now, ""));
        });
    }

    /** The called citizen did not come. */
    public QueueResult<Ticket> markNoShow() {
        return withCurrent((tx, now, ticket) -> ticket.status() == TicketStatus.SERVING
                ? Step.refused(QueueRefusal.ALREADY_SERVING)
                : single(tx, ticket.withStatus(TicketStatus.NO_SHOW, Optional.empty()), TicketEventKind.NO_SHOW, now,
                        ""));
    }

    /** A no-show citizen turned up: back into the ticket's queue. Any counter may do it. */
    public QueueResult<Ticket> returnToQueue(TicketId id, QueuePosition position) {
        return desk.change((tx, now) -> {
            Optional<Ticket> found = tx.ticket(id);
            if (found.isEmpty() || found.get().status() != TicketStatus.NO_SHOW) {
                return Step.refused(found.isEmpty() ? QueueRefusal.TICKET_NOT_FOUND : QueueRefusal.NOT_A_NO_SHOW);
            }
            Ticket ticket = found.get();
            Ticket returned = ticket.requeued(ticket.service(), ticket.priority(),
                    place(position, ticket, now, OptionalInt.empty()), ticket.returnTo());
            return single(tx, returned, TicketEventKind.RETURNED, now, position.name());
        });
    }

    /** Puts the current ticket aside, with the clerk's reason; the counter is free to call the next one. */
    public QueueResult<Ticket> park(String reason) {
        if (reason == null || reason.isBlank()) {
            return QueueResult.refused(QueueRefusal.REASON_REQUIRED);
        }
        String note = reason.strip();
        return withCurrent((tx, now, ticket) -> single(tx,
                ticket.withStatus(TicketStatus.PARKED, Optional.of(note)), TicketEventKind.PARKED, now, note));
    }

    /** Calls a ticket this counter parked back to it. */
    public QueueResult<Ticket> unpark(TicketId id) {
        return desk.change((tx, now) -> {
            Optional<Ticket> parked = tx.ticket(id)
                    .filter(ticket -> ticket.status() == TicketStatus.PARKED && ticket.isHeldBy(number));
            if (parked.isEmpty() || tx.activeTicketAt(number).isPresent()) {
                return Step.refused(parked.isEmpty() ? QueueRefusal.NOT_PARKED_HERE : QueueRefusal.COUNTER_BUSY);
            }
            return single(tx, parked.get().calledBy(number, now), TicketEventKind.CALLED, now, UNPARKED_NOTE);
        });
    }

    /**
     * Sends the current ticket to another service or counter. With {@code returnAfter}, finishing it there
     * brings it back to the ticket's first service at raised priority, in its original place.
     */
    public QueueResult<Ticket> transfer(TransferTarget target, QueuePosition position, boolean returnAfter) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(position, "position");
        return withCurrent((tx, now, ticket) -> {
            Optional<QueueRefusal> refusal = refuseTarget(tx.configuration(), ticket, target);
            if (refusal.isPresent()) {
                return Step.refused(refusal.get());
            }
            ServiceId service = target instanceof TransferTarget.ToService to ? to.service() : ticket.service();
            OptionalInt reservedFor = target instanceof TransferTarget.ToCounter to ? OptionalInt.of(to.counter())
                    : OptionalInt.empty();
            Optional<ServiceId> returnTo = returnAfter ? ticket.returnTo().or(() -> Optional.of(ticket.service()))
                    : ticket.returnTo();
            Ticket moved = ticket.requeued(service, ticket.priority(), place(position, ticket, now, reservedFor),
                    returnTo);
            return single(tx, moved, TicketEventKind.TRANSFERRED, now, describe(target) + " " + position.name());
        });
    }

    /** Calls a waiting ticket by its number ({@code A007}, {@code a7}), whatever its place in the queue. */
    public QueueResult<Ticket> callSpecific(String ticketNumber) {
        Optional<TicketNumber> parsed = TicketNumber.parse(ticketNumber);
        if (parsed.isEmpty()) {
            return QueueResult.refused(QueueRefusal.TICKET_NOT_FOUND);
        }
        return whenFree((tx, now) -> {
            List<Ticket> numbered = tx.ticketsNumbered(parsed.get());
            Optional<Ticket> waiting = numbered.stream()
                    .filter(ticket -> ticket.status() == TicketStatus.WAITING).findFirst();
            if (waiting.isEmpty()) {
                return Step.refused(numbered.isEmpty() ? QueueRefusal.TICKET_NOT_FOUND
                        : QueueRefusal.TICKET_NOT_WAITING);
            }
            return single(tx, waiting.get().calledBy(number, now), TicketEventKind.CALLED, now, "");
        });
    }

    /** Serves a citizen who came without a ticket: a walk-in ticket is recorded, serving at once, never called. */
    public QueueResult<Ticket> serveWalkIn(ServiceId serviceId) {
        return whenFree((tx, now) -> {
            Optional<QueueService> service = tx.configuration().service(serviceId);
            if (service.isEmpty()) {
                return Step.refused(QueueRefusal.UNKNOWN_SERVICE);
            }
            Ticket ticket = tx.insert(new NewTicket(QueueDesk.nextNumber(tx, service.get(), now.toLocalDate()),
                    now.toLocalDate(), serviceId, Priority.NORMAL, TicketStatus.SERVING, now,
                    Optional.of(new Ticket.Call(number, 0, now, now)), true, Optional.empty()));
            List<QueueEvent> events = new ArrayList<>();
            record(tx, ticket, TicketEventKind.ISSUED, now, "", events);
            record(tx, ticket, TicketEventKind.SERVING, now, "", events);
            return Step.done(ticket, events);
        });
    }

    /** The called citizen sat down. */
    public QueueResult<Ticket> startServing() {
        return withCurrent((tx, now, ticket) -> ticket.status() == TicketStatus.SERVING
                ? Step.refused(QueueRefusal.ALREADY_SERVING)
                : single(tx, ticket.withStatus(TicketStatus.SERVING, Optional.empty()), TicketEventKind.SERVING, now,
                        ""));
    }

    /**
     * Ends the current service (started or not) and measures it; a ticket transferred here to return goes back
     * to its first service.
     */
    public QueueResult<Ticket> finish() {
        return withCurrent((tx, now, ticket) -> {
            Duration served = Duration.between(ticket.call().orElseThrow().calledAt(), now);
            tx.recordServiceTime(ticket.service(), now, served);
            List<QueueEvent> events = new ArrayList<>();
            Ticket finished = apply(tx, ticket.withStatus(TicketStatus.FINISHED, Optional.empty()),
                    TicketEventKind.FINISHED, now, "", events);
            if (ticket.returnTo().isPresent()) {
                ServiceId first = ticket.returnTo().get();
                finished = apply(tx, finished.requeued(first, ticket.priority().raised(),
                        Ticket.Place.inLine(ticket.issuedAt()), Optional.empty()), TicketEventKind.RETURNED, now,
                        "service:" + first.value(), events);
            }
            return Step.done(finished, events);
        });
    }

    public QueueResult<CounterState> pause() {
        return setPaused(true);
    }

    public QueueResult<CounterState> resume() {
        return setPaused(false);
    }

    /** This counter as the board shows it. */
    public Optional<CounterNow> state() {
        return desk.counters().stream().filter(counter -> counter.counter() == number).findFirst();
    }

    public List<WaitingTicket> waiting() {
        return desk.waitingFor(number);
    }

    public List<Ticket> parked() {
        return desk.parkedAt(number);
    }

    private QueueResult<CounterState> setPaused(boolean paused) {
        return desk.change((tx, now) -> {
            if (tx.configuration().counter(number).isEmpty()) {
                return Step.refused(QueueRefusal.UNKNOWN_COUNTER);
            }
            CounterState state = tx.counterState(number).paused(paused);
            tx.saveCounterState(state);
            return Step.done(state, List.<QueueEvent>of(new QueueEvent.CounterChanged(number, paused, now)));
        });
    }

    @FunctionalInterface
    private interface CurrentTicketAction {
        Step<Ticket> apply(QueueTransaction tx, LocalDateTime now, Ticket current);
    }

    private QueueResult<Ticket> withCurrent(CurrentTicketAction action) {
        return desk.change((tx, now) -> tx.activeTicketAt(number)
                .map(ticket -> action.apply(tx, now, ticket))
                .orElseGet(() -> Step.refused(QueueRefusal.NO_CURRENT_TICKET)));
    }

    /** Runs the action when the counter exists, is not paused and holds no current ticket. */
    private QueueResult<Ticket> whenFree(BiFunction<QueueTransaction, LocalDateTime, Step<Ticket>> action) {
        return desk.change((tx, now) -> {
            Optional<QueueRefusal> refusal = tx.configuration().counter(number).isEmpty()
                    ? Optional.of(QueueRefusal.UNKNOWN_COUNTER)
                    : tx.counterState(number).paused() ? Optional.of(QueueRefusal.COUNTER_PAUSED)
                    : tx.activeTicketAt(number).isPresent() ? Optional.of(QueueRefusal.COUNTER_BUSY)
                    : Optional.empty();
            return refusal.<Step<Ticket>>map(Step::refused).orElseGet(() -> action.apply(tx, now));
        });
    }

    private Step<Ticket> single(QueueTransaction tx, Ticket changed, TicketEventKind kind, LocalDateTime now,
            String note) {
        List<QueueEvent> events = new ArrayList<>();
        return Step.done(apply(tx, changed, kind, now, note, events), events);
    }

    private Ticket apply(QueueTransaction tx, Ticket changed, TicketEventKind kind, LocalDateTime now, String note,
            List<QueueEvent> events) {
        tx.update(changed);
        record(tx, changed, kind, now, note, events);
        return changed;
    }

    private void record(QueueTransaction tx, Ticket ticket, TicketEventKind kind, LocalDateTime now, String note,
            List<QueueEvent> events) {
        tx.record(QueueDesk.event(ticket, kind, now, OptionalInt.of(number), clerk, note));
        events.add(QueueDesk.changed(kind, ticket, OptionalInt.of(number), now));
    }

    private Optional<QueueRefusal> refuseTarget(QueueConfiguration configuration, Ticket ticket,
            TransferTarget target) {
        return switch (target) {
            case TransferTarget.ToService to -> configuration.service(to.service()).isEmpty()
                    ? Optional.of(QueueRefusal.UNKNOWN_SERVICE)
                    : to.service().equals(ticket.service()) ? Optional.of(QueueRefusal.TRANSFER_TO_SAME)
                    : Optional.empty();
            case TransferTarget.ToCounter to -> configuration.counter(to.counter()).isEmpty()
                    ? Optional.of(QueueRefusal.UNKNOWN_COUNTER)
                    : to.counter() == number ? Optional.of(QueueRefusal.TRANSFER_TO_SAME) : Optional.empty();
        };
    }

    private static String describe(TransferTarget target) {
        return switch (target) {
            case TransferTarget.ToService to -> "service:" + to.service().value();
            case TransferTarget.ToCounter to -> "counter:" + to.counter();
        };
    }

    private static Ticket.Place place(QueuePosition position, Ticket ticket, LocalDateTime now,
            OptionalInt reservedFor) {
        return switch (position) {
            case FRONT -> new Ticket.Place(now, true, reservedFor);
            case END -> new Ticket.Place(now, false, reservedFor);
            case BY_ORIGINAL_TIME -> new Ticket.Place(ticket.issuedAt(), false, reservedFor);
        };
    }

    private static boolean isNoShow(CallPolicy policy, Ticket current, LocalDateTime now) {
        return current.status() == TicketStatus.CALLED && policy.isNoShow(current.call().orElseThrow(), now);
    }
}
