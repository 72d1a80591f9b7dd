package vn.motcua.core.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import vn.motcua.core.calendar.WorkCalendar;

/**
 * The queue of one office: issuing tickets, the daily close, the queries screens poll, and the
 * {@link CounterDesk} of each counter. Every change runs in one store transaction and is then sent to the
 * listeners. Thread-safe; calls block on the store, so never make them on the JavaFX thread.
 */
public final class QueueDesk {
    static final String CANCELLED_PRINT_FAILED = "queue.cancelled.printFailed";
    private static final int SERVICE_TIME_SAMPLES = 50;

    private final QueueStore store;
    private final IssuingRules issuingRules;
    private final Clock clock;
    private final QueueEvents events = new QueueEvents();

    public QueueDesk(QueueStore store, WorkCalendar calendar, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.issuingRules = new IssuingRules(calendar);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void addListener(QueueListener listener) {
        events.add(listener);
    }

    public void removeListener(QueueListener listener) {
        events.remove(listener);
    }

    /**
     * Tells the listeners of changes other desks stored (centre mode: the shared store's event feed calls this, in
     * commit order, on its own thread). This desk's own changes come back this way too, after the listeners heard
     * them directly.
     */
    public void storedElsewhere(List<LoggedEvent> stored) {
        events.publish(stored.stream().<QueueEvent>map(QueueEvent.Stored::new).toList());
    }

    /**
     * Tells the listeners the shared store was lost or is back (centre mode: its event feed calls this on its own
     * thread; back means the feed has caught up with what was stored meanwhile).
     */
    public void storeReachable(boolean reachable) {
        events.publish(List.of(new QueueEvent.StoreReachable(reachable, now())));
    }

    /** The desk of one counter, acting for the signed-in clerk (recorded with every event, never logged). */
    public CounterDesk counter(int number, String clerk) {
        return new CounterDesk(this, number, clerk);
    }

    /** Issues a waiting ticket without printing (a kiosk prints through {@link Kiosk}). */
    public QueueResult<Ticket> issue(ServiceId service, Priority priority) {
        return change((tx, now) -> {
            Step<Ticket> step = issueIn(tx, service, priority, TicketStatus.WAITING, now);
            return step.result().done()
                    .map(ticket -> Step.done(ticket, List.<QueueEvent>of(changed(TicketEventKind.ISSUED, ticket,
                            OptionalInt.empty(), now))))
                    .orElse(step);
        });
    }

    public QueueResult<Ticket> issue(ServiceId service, PriorityGroup group) {
        return issue(service, Priority.of(group));
    }

    /**
     * Closes the tickets of that day and earlier that are still open, each with its {@link CloseOutcome}, except
     * those their service keeps overnight. Run it after hours, or at start-up for the previous day.
     *
     * @return how many tickets were closed
     */
    public int closeDay(LocalDate day) {
        return change((tx, now) -> {
            QueueConfiguration configuration = tx.configuration();
            int closed = 0;
            for (Ticket ticket : tx.unfinishedUpTo(day)) {
                Optional<CloseOutcome> outcome = DailyClose.outcome(ticket, configuration.service(ticket.service()));
                if (outcome.isPresent()) {
                    String key = outcome.get().messageKey();
                    Ticket closedTicket = ticket.withStatus(TicketStatus.CLOSED, Optional.of(key));
                    tx.update(closedTicket);
                    tx.record(event(closedTicket, TicketEventKind.CLOSED, now, OptionalInt.empty(), Optional.empty(),
                            key));
                    closed++;
                }
            }
            return Step.done(closed, List.of(new QueueEvent.DayClosed(day, closed, now)));
        }).orElseThrow();
    }

    /**
     * Why a ticket for the service would be refused now (closed day, outside its hours, daily limit reached), so
     * the kiosk can say so on the service's button before anyone presses it.
     */
    public Optional<QueueRefusal> issuingRefusal(ServiceId id) {
        LocalDateTime now = now();
        return store.atomically(tx -> tx.configuration().service(id)
                .map(service -> issuingRules.refusal(service, now, tx.issuedCount(id, now.toLocalDate())))
                .orElse(Optional.of(QueueRefusal.UNKNOWN_SERVICE)));
    }

    public QueueConfiguration configuration() {
        return store.configuration();
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** What the counter may call now, in queue order, with how long each has waited. */
    public List<WaitingTicket> waitingFor(int counter) {
        LocalDateTime now = now();
        return store.configuration().counter(counter).map(store::waitingFor).orElse(List.of()).stream()
                .map(ticket -> new WaitingTicket(ticket, Duration.between(ticket.place().queuedAt(), now)))
                .toList();
    }

    /** Every configured counter with its state and current ticket, for the display board. */
    public List<CounterNow> counters() {
        List<CounterState> states = store.counterStates();
        List<Ticket> active = store.activeTickets();
        return store.configuration().counters().stream()
                .map(counter -> new CounterNow(counter.number(), counter.name(), paused(states, counter.number()),
                        active.stream().filter(ticket -> ticket.isHeldBy(counter.number())).findFirst()))
                .toList();
    }

    public List<CallRecord> lastCalls(int limit) {
        return store.lastCalls(limit);
    }

    public Optional<Ticket> ticket(TicketId id) {
        return store.ticket(id);
    }

    public List<TicketEvent> history(TicketId id) {
        return store.history(id);
    }

    public List<Ticket> parkedAt(int counter) {
        return store.parkedAt(counter);
    }

    /** Today's no-shows, which any counter may return to the queue. */
    public List<Ticket> noShows() {
        return store.tickets(today(), TicketStatus.NO_SHOW);
    }

    public List<QuoteCheck> quoteChecks(LocalDate day) {
        return store.quoteChecks(day);
    }

    QueueResult<TicketToPrint> issueForPrinting(ServiceId service, Priority priority) {
        return change((tx, now) -> {
            Step<Ticket> step = issueIn(tx, service, priority, TicketStatus.PRINTING, now);
            if (step.result().done().isEmpty()) {
                return Step.refused(step.result().refusal().orElseThrow());
            }
            Ticket ticket = step.result().orElseThrow();
            return Step.done(new TicketToPrint(ticket, paper(tx.configuration(), ticket)), List.of());
        });
    }

    /** The paper is out: from now on the ticket waits and counts. */
    Ticket confirmPrinted(TicketId id) {
        return change((tx, now) -> {
            Ticket ticket = tx.ticket(id).orElseThrow();
            if (ticket.status() != TicketStatus.PRINTING) {
                return Step.done(ticket, List.<QueueEvent>of());
            }
            Ticket waiting = ticket.withStatus(TicketStatus.WAITING, Optional.empty());
            tx.update(waiting);
            return Step.done(waiting, List.<QueueEvent>of(changed(TicketEventKind.ISSUED, waiting,
                    OptionalInt.empty(), now)));
        }).orElseThrow();
    }

    Ticket cancelUnprinted(TicketId id, String printerProblemKey) {
        return change((tx, now) -> {
            Ticket cancelled = tx.ticket(id).orElseThrow()
                    .withStatus(TicketStatus.CANCELLED, Optional.of(CANCELLED_PRINT_FAILED));
            tx.update(cancelled);
            tx.record(event(cancelled, TicketEventKind.CANCELLED, now, OptionalInt.empty(), Optional.empty(),
                    printerProblemKey));
            return Step.done(cancelled, List.<QueueEvent>of(changed(TicketEventKind.CANCELLED, cancelled,
                    OptionalInt.empty(), now)));
        }).orElseThrow();
    }

    /** Runs one change atomically and, once it is committed, tells the listeners. */
    <T> QueueResult<T> change(BiFunction<QueueTransaction, LocalDateTime, Step<T>> work) {
        Step<T> step = store.atomically(tx -> work.apply(tx, now()));
        events.publish(step.events());
        return step.result();
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }

    Step<Ticket> issueIn(QueueTransaction tx, ServiceId id, Priority priority, TicketStatus status,
            LocalDateTime now) {
        QueueConfiguration configuration = tx.configuration();
        Optional<QueueService> found = configuration.service(id);
        if (found.isEmpty()) {
            return Step.refused(QueueRefusal.UNKNOWN_SERVICE);
        }
        QueueService service = found.get();
        Optional<QueueRefusal> refusal = issuingRules.refusal(service, now, tx.issuedCount(id, now.toLocalDate()));
        if (refusal.isPresent()) {
            return Step.refused(refusal.get());
        }
        WaitQuote quote = quote(tx, configuration, service, priority);
        Ticket ticket = tx.insert(new NewTicket(nextNumber(tx, service, now.toLocalDate()), now.toLocalDate(), id,
                priority, status, now, Optional.empty(), false, Optional.of(quote)));
        tx.record(event(ticket, TicketEventKind.ISSUED, now, OptionalInt.empty(), Optional.empty(), ""));
        return Step.done(ticket, List.of());
    }

    static TicketNumber nextNumber(QueueTransaction tx, QueueService service, LocalDate day) {
        return new TicketNumber(service.prefix(), tx.nextNumber(service.prefix(), day));
    }

    static TicketEvent event(Ticket ticket, TicketEventKind kind, LocalDateTime at, OptionalInt counter,
            Optional<String> clerk, String note) {
        return new TicketEvent(ticket.id(), kind, at, counter, clerk, ticket.service(), note);
    }

    static QueueEvent changed(TicketEventKind kind, Ticket ticket, OptionalInt counter, LocalDateTime at) {
        return new QueueEvent.TicketChanged(kind, ticket, counter, at);
    }

    /** A priority ticket waits behind priority tickets only; a normal one behind everyone. */
    private static WaitQuote quote(QueueTransaction tx, QueueConfiguration configuration, QueueService service,
            Priority priority) {
        Set<PriorityGroup> ahead = priority.isPriority() ? EnumSet.of(PriorityGroup.PRIORITY)
                : EnumSet.allOf(PriorityGroup.class);
        int openCounters = (int) configuration.countersServing(service.id()).stream()
                .filter(counter -> !tx.counterState(counter.number()).paused())
                .count();
        return WaitEstimate.quote(tx.waitingCount(service.id(), ahead), openCounters,
                tx.recentServiceTimes(service.id(), SERVICE_TIME_SAMPLES), service.typicalServiceTime());
    }

    private static PrintedTicket paper(QueueConfiguration configuration, Ticket ticket) {
        QueueService service = configuration.service(ticket.service()).orElseThrow();
        WaitQuote quote = ticket.quote().orElseThrow();
        return new PrintedTicket(configuration.office().name(), service.name(), ticket.number().text(),
                ticket.issuedAt(), quote.peopleAhead(), quote.from(), quote.to(),
                FollowUpCode.of(configuration.office().agency(), ticket).text());
    }

    private static boolean paused(List<CounterState> states, int counter) {
        return states.stream().anyMatch(state -> state.counter() == counter && state.paused());
    }
}
