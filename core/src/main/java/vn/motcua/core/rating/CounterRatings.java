package vn.motcua.core.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.rating.RatingKeypad.KeyPress;

/**
 * The rating rules of one counter as a state machine over time (DOMAIN §7), pure and deterministic: time is the
 * presses' arrival and the {@code now} given to {@link #settle}. Not thread-safe: {@link RatingDesk} holds one per
 * counter and calls it under that counter's lock.
 *
 * <p>Classification. A press outside an armed window is {@link RatingFlag#NOT_ARMED}. In a window, a press is not
 * decided at once: it is held for the debounce. If another press follows within the debounce, every press of that
 * group is a {@link RatingFlag#BURST} (a child hammering the keys, a clerk rating for the citizen) and none counts;
 * the window stays open for a calm press. A press left alone for the debounce is the accepted one
 * ({@link RatingFlag#NONE}); every later press of that arming is {@link RatingFlag#REPEATED}. A press received in
 * the window is accepted even when its debounce ends after the window closed. Keys the scale does not map are
 * {@link RatingFlag#UNKNOWN_KEY} and change nothing.
 *
 * <p>One rating per service: arming again for the same, not yet rated service renews its window (keeping the
 * dossier it was armed for); arming for a ticket already rated here is refused.
 */
public final class CounterRatings {
    private static final int REMEMBERED_TICKETS = 1000;

    public enum ArmOutcome {
        /** Armed for a new service. */
        ARMED,
        /** The same service was still waiting for its press: its window starts again. */
        RENEWED,
        /** That ticket was already rated at this counter: nothing armed. */
        ALREADY_RATED
    }

    /** @param decisions what the arming settled first (a pending press of the previous arming, its expiry) */
    public record ArmResult(ArmOutcome outcome, Optional<Arming> arming, List<RatingDecision> decisions) {
        public ArmResult {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(arming, "arming");
            decisions = List.copyOf(decisions);
        }
    }

    private final int counter;
    private final RatingRules rules;
    private final Set<TicketId> rated = new LinkedHashSet<>();
    private final List<KeyPress> group = new ArrayList<>();
    private Arming open;
    private boolean accepted;
    private boolean burst;
    private Instant lastPress;

    public CounterRatings(int counter, RatingRules rules) {
        if (counter < 1) {
            throw new IllegalArgumentException("counter >= 1");
        }
        this.counter = counter;
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public int counter() {
        return counter;
    }

    /** The arming still waiting for its press, if any. */
    public Optional<Arming> waiting() {
        return open == null || accepted ? Optional.empty() : Optional.of(open);
    }

    public ArmResult arm(Arming arming) {
        Objects.requireNonNull(arming, "arming");
        if (arming.counter() != counter) {
            throw new IllegalArgumentException("Arming for counter " + arming.counter() + " at counter " + counter);
        }
        List<RatingDecision> decisions = new ArrayList<>(settle(arming.opensAt()));
        boolean sameService = open != null && open.sameService(arming);
        if (arming.ticket().filter(rated::contains).isPresent() || (sameService && accepted)) {
            return new ArmResult(ArmOutcome.ALREADY_RATED, Optional.empty(), decisions);
        }
        if (sameService) {
            open = new Arming(counter, arming.ticket(), arming.number(), arming.dossier().or(open::dossier),
                    arming.clerk(), arming.opensAt(), arming.closesAt());
            return new ArmResult(ArmOutcome.RENEWED, Optional.of(open), decisions);
        }
        if (open != null) {
            decisions.addAll(close());
        }
        open = arming;
        return new ArmResult(ArmOutcome.ARMED, Optional.of(open), decisions);
    }

    /** Classifies a press (see the class comment); what can be decided at its arrival is returned. */
    public List<RatingDecision> press(KeyPress press) {
        Objects.requireNonNull(press, "press");
        Instant at = press.receivedAt();
        List<RatingDecision> decisions = new ArrayList<>(settle(at));
        Optional<RatingLevel> level = rules.scale().level(press.key());
        boolean inArming = open != null && !at.isBefore(open.opensAt())
                && (at.isBefore(open.closesAt()) || !group.isEmpty());
        if (!inArming) {
            decisions.add(classified(press, level.isEmpty() ? RatingFlag.UNKNOWN_KEY : RatingFlag.NOT_ARMED, level,
                    Optional.empty()));
        } else if (level.isEmpty()) {
            decisions.add(classified(press, RatingFlag.UNKNOWN_KEY, level, Optional.of(open)));
        } else if (accepted) {
            decisions.add(classified(press, RatingFlag.REPEATED, level, Optional.of(open)));
        } else if (!group.isEmpty()) {
            if (!burst) {
                group.forEach(earlier -> decisions.add(classified(earlier, RatingFlag.BURST,
                        rules.scale().level(earlier.key()), Optional.of(open))));
                burst = true;
            }
            decisions.add(classified(press, RatingFlag.BURST, level, Optional.of(open)));
            group.add(press);
            lastPress = at;
        } else {
            group.add(press);
            lastPress = at;
            decisions.addAll(settle(at));
        }
        return decisions;
    }

    /** Decides what time has settled by {@code now}: a lone press past its debounce, a window run out. */
    public List<RatingDecision> settle(Instant now) {
        Objects.requireNonNull(now, "now");
        List<RatingDecision> decisions = new ArrayList<>();
        if (open == null) {
            return decisions;
        }
        if (!group.isEmpty() && !now.isBefore(lastPress.plus(rules.debounce()))) {
            endGroup(decisions);
        }
        if (group.isEmpty() && !now.isBefore(open.closesAt())) {
            if (!accepted) {
                decisions.add(new RatingDecision.Expired(open));
            }
            open = null;
            accepted = false;
        }
        return decisions;
    }

    /** When {@link #settle} next has something to decide; empty while nothing is armed. */
    public Optional<Instant> nextDeadline() {
        if (open == null) {
            return Optional.empty();
        }
        return Optional.of(group.isEmpty() ? open.closesAt() : lastPress.plus(rules.debounce()));
    }

    /** Ends the open arming now, for a new one: a lone pending press is accepted (it was made in its window). */
    private List<RatingDecision> close() {
        List<RatingDecision> decisions = new ArrayList<>();
        if (!group.isEmpty()) {
            endGroup(decisions);
        }
        if (!accepted) {
            decisions.add(new RatingDecision.Expired(open));
        }
        open = null;
        accepted = false;
        return decisions;
    }

    private void endGroup(List<RatingDecision> decisions) {
        if (!burst) {
            KeyPress lone = group.getFirst();
            decisions.add(classified(lone, RatingFlag.NONE, rules.scale().level(lone.key()), Optional.of(open)));
            accepted = true;
            open.ticket().ifPresent(this::remember);
        }
        group.clear();
        burst = false;
        lastPress = null;
    }

    private void remember(TicketId ticket) {
        rated.add(ticket);
        if (rated.size() > REMEMBERED_TICKETS) {
            Iterator<TicketId> oldest = rated.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private RatingDecision.Classified classified(KeyPress press, RatingFlag flag, Optional<RatingLevel> level,
            Optional<Arming> arming) {
        return new RatingDecision.Classified(counter, press, flag, level, arming);
    }
}
