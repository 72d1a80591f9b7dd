package vn.motcua.core.statistics;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Queue figures of one group (a service, a counter, an hour, a day…) over some days. Immutable; figures of
 * separate days or groups {@link #plus add up} exactly, percentiles included.
 *
 * @param issued         tickets issued, walk-ins included (a walk-in is recorded as a ticket served at once)
 * @param walkIns        of which walk-ins
 * @param cancelled      tickets cancelled (paper never printed, withdrawn)
 * @param served         tickets with at least one finished service
 * @param noShows        tickets called that never came and were never served
 * @param unserved       tickets neither served, cancelled nor no-show (closed at day end or still open)
 * @param transferred    tickets sent to another service or counter at least once
 * @param waits          issued → first call of every called ticket (walk-ins excluded)
 * @param services       call → finish of every finished service (a transferred ticket may have two)
 * @param quoted         called tickets that had a printed wait range
 * @param quoteWithin    of which called within the range
 * @param quoteEarly     of which called before the range's start
 * @param quoteMissSeconds for the tickets outside their range, the total seconds by which they missed it
 */
public record QueueFigures(long issued, long walkIns, long cancelled, long served, long noShows, long unserved,
        long transferred, SecondsDistribution waits, SecondsDistribution services, long quoted, long quoteWithin,
        long quoteEarly, long quoteMissSeconds) {

    public static final QueueFigures NONE = new QueueFigures(0, 0, 0, 0, 0, 0, 0, SecondsDistribution.empty(),
            SecondsDistribution.empty(), 0, 0, 0, 0);

    public QueueFigures plus(QueueFigures o) {
        return new QueueFigures(issued + o.issued, walkIns + o.walkIns, cancelled + o.cancelled, served + o.served,
                noShows + o.noShows, unserved + o.unserved, transferred + o.transferred, waits.merge(o.waits),
                services.merge(o.services), quoted + o.quoted, quoteWithin + o.quoteWithin,
                quoteEarly + o.quoteEarly, quoteMissSeconds + o.quoteMissSeconds);
    }

    /** Adds tickets and services up into figures; not thread-safe. */
    public static final class Tally {
        private long issued;
        private long walkIns;
        private long cancelled;
        private long served;
        private long noShows;
        private long unserved;
        private long transferred;
        private final SecondsDistribution.Builder waits = new SecondsDistribution.Builder();
        private final SecondsDistribution.Builder services = new SecondsDistribution.Builder();
        private long quoted;
        private long quoteWithin;
        private long quoteEarly;
        private long quoteMissSeconds;

        public Tally add(TicketVisit visit) {
            issued++;
            if (visit.walkIn()) {
                walkIns++;
            }
            if (visit.transferred()) {
                transferred++;
            }
            switch (visit.outcome()) {
                case SERVED -> served++;
                case NO_SHOW -> noShows++;
                case CANCELLED -> cancelled++;
                case UNSERVED -> unserved++;
            }
            var waited = visit.waited();
            if (waited.isPresent()) {
                long seconds = waited.get().toSeconds();
                waits.add(seconds);
                if (visit.quote().isPresent()) {
                    quoted++;
                    long from = visit.quote().get().from().toSeconds();
                    long to = visit.quote().get().to().toSeconds();
                    if (seconds < from) {
                        quoteEarly++;
                        quoteMissSeconds += from - seconds;
                    } else if (seconds > to) {
                        quoteMissSeconds += seconds - to;
                    } else {
                        quoteWithin++;
                    }
                }
            }
            return this;
        }

        public Tally add(ServiceLeg leg) {
            services.add(leg.duration());
            return this;
        }

        public Tally add(QueueFigures figures) {
            issued += figures.issued;
            walkIns += figures.walkIns;
            cancelled += figures.cancelled;
            served += figures.served;
            noShows += figures.noShows;
            unserved += figures.unserved;
            transferred += figures.transferred;
            waits.add(figures.waits);
            services.add(figures.services);
            quoted += figures.quoted;
            quoteWithin += figures.quoteWithin;
            quoteEarly += figures.quoteEarly;
            quoteMissSeconds += figures.quoteMissSeconds;
            return this;
        }

        public QueueFigures figures() {
            return new QueueFigures(issued, walkIns, cancelled, served, noShows, unserved, transferred,
                    waits.build(), services.build(), quoted, quoteWithin, quoteEarly, quoteMissSeconds);
        }
    }

    /** Tickets that went through the queue and could have been called: issued less walk-ins and cancelled. */
    public long queued() {
        return issued - walkIns - cancelled;
    }

    /** No-shows over queued tickets, 0..1. */
    public OptionalDouble noShowShare() {
        return share(noShows, queued());
    }

    public OptionalDouble transferredShare() {
        return share(transferred, issued - cancelled);
    }

    /** Share of called tickets called within the limit (a wait of exactly the limit is within). */
    public OptionalDouble waitedAtMost(Duration limit) {
        return waits.shareAtMost(limit);
    }

    /** Services finished (legs), which is more than tickets served when tickets were transferred. */
    public long servicesFinished() {
        return services.count();
    }

    public OptionalDouble quoteWithinShare() {
        return share(quoteWithin, quoted);
    }

    public long quoteLate() {
        return quoted - quoteWithin - quoteEarly;
    }

    /** Mean seconds by which called tickets outside their quoted range missed it. */
    public OptionalDouble meanQuoteMissSeconds() {
        return share(quoteMissSeconds, quoted - quoteWithin);
    }

    static OptionalDouble share(long part, long whole) {
        return whole <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
