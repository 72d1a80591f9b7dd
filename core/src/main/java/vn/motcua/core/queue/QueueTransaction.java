package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;

/**
 * The reads and writes of one atomic queue change ({@link QueueStore#atomically}). Everything read here is
 * protected against other counters, threads and processes until the transaction ends: SQLite holds its write
 * lock (BEGIN IMMEDIATE) for the whole transaction; a PostgreSQL store would lock the counter's row with
 * {@code SELECT … FOR UPDATE} and read {@link #heads} with {@code FOR UPDATE SKIP LOCKED}.
 */
public interface QueueTransaction {

    QueueConfiguration configuration();

    /** The counter's state; {@link CounterState#initial} for a counter never used. */
    CounterState counterState(int counter);

    void saveCounterState(CounterState state);

    Optional<Ticket> ticket(TicketId id);

    /** The ticket the counter is calling or serving, if any (at most one, which the store enforces). */
    Optional<Ticket> activeTicketAt(int counter);

    /**
     * The first waiting ticket of every queue lane the counter may call: per service it serves and priority
     * group (tickets reserved for other counters excluded), and per priority group among tickets reserved for
     * it. Lane order is {@link Ticket#QUEUE_ORDER}.
     */
    List<Ticket> heads(Counter counter);

    /** Tickets carrying this number, most recent day first (kept-overnight tickets may share a number). */
    List<Ticket> ticketsNumbered(TicketNumber number);

    /** Tickets of that day or earlier that are not finished, cancelled or closed. */
    List<Ticket> unfinishedUpTo(LocalDate day);

    /** Kiosk tickets issued for the service that day, cancelled ones and walk-ins excepted. */
    int issuedCount(ServiceId service, LocalDate day);

    int waitingCount(ServiceId service, Set<PriorityGroup> groups);

    /** The most recent measured service times of the service, newest first. */
    List<Duration> recentServiceTimes(ServiceId service, int limit);

    /** The next number of the prefix on that day; never the same twice, across threads and processes. */
    int nextNumber(String prefix, LocalDate day);

    Ticket insert(NewTicket ticket);

    void update(Ticket ticket);

    void record(TicketEvent event);

    void recordServiceTime(ServiceId service, LocalDateTime finishedAt, Duration serviceTime);

    /**
     * Stores one classified keypad press (DOMAIN §7), flagged or not, and returns it with its id. A store that
     * syncs dossiers queues the rated dossiers for the province in this transaction.
     */
    Rating recordRating(NewRating rating);

    /** The press stored under that id ({@link NewRating#press()}), if it is stored. */
    Optional<Rating> ratingOfPress(java.util.UUID press);

    /**
     * Adds the citizen's reason to an accepted rating that has none yet.
     *
     * @return the rating with its reason; empty when there is no such accepted rating or it has a reason already
     */
    Optional<Rating> giveRatingReason(long ratingId, String reason);
}
