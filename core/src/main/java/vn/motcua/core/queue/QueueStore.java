package vn.motcua.core.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.core.rating.Rating;

/**
 * Port: where queue configuration, tickets and their history are kept. All changes go through
 * {@link #atomically}, so the rules in {@link QueueDesk} and {@link CounterDesk} run once for every store; the
 * other methods are read-only snapshots for screens that rebuild their state by polling (a display board on
 * another PC).
 *
 * <p>A store on another machine (centre mode) throws {@link QueueUnavailableException} from any method while it
 * cannot be reached, and works again once it can: callers show the queue as unavailable and retry.
 */
public interface QueueStore {

    /**
     * Runs the work in one write transaction: all of it is applied or none. Concurrent calls from any thread
     * or process are serialised, so two counters calling at the same instant never get the same ticket.
     */
    <T> T atomically(QueueWork<T> work);

    /** {@link QueueConfiguration#unconfigured()} until a configuration is saved. */
    QueueConfiguration configuration();

    /** Replaces office, policy, services and counters; tickets and counter states are kept. */
    void replaceConfiguration(QueueConfiguration configuration);

    /** Saves the configuration only when none is stored, in one transaction; true when saved. */
    boolean saveConfigurationIfEmpty(QueueConfiguration configuration);

    Optional<Ticket> ticket(TicketId id);

    /** The ticket's stored events, oldest first. */
    List<TicketEvent> history(TicketId id);

    /** Waiting tickets the counter may call, in {@link Ticket#QUEUE_ORDER}. */
    List<Ticket> waitingFor(Counter counter);

    List<CounterState> counterStates();

    /** Tickets being called or served, at any counter. */
    List<Ticket> activeTickets();

    List<Ticket> parkedAt(int counter);

    List<Ticket> tickets(LocalDate day, TicketStatus status);

    /** The latest announcements, newest first. */
    List<CallRecord> lastCalls(int limit);

    /** Kiosk tickets issued that day with the wait quoted and, once called, the wait that followed. */
    List<QuoteCheck> quoteChecks(LocalDate day);

    /** The counter's stored keypad presses, flagged ones included, pressed at or after {@code from}, oldest first. */
    List<Rating> ratings(int counter, LocalDateTime from);

    /**
     * The event log after the cursor, oldest first, at most {@code limit} entries: ids rise in commit order across
     * all processes, so reading on from the last id seen never skips an event. 0 reads from the start.
     */
    List<LoggedEvent> eventsAfter(long cursor, int limit);
}
