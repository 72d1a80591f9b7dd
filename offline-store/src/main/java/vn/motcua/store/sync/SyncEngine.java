package vn.motcua.store.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.ResultFiles;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.sync.CircuitBreaker;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.core.sync.DossierSyncState;
import vn.motcua.core.sync.ProvinceUnavailableException;
import vn.motcua.core.sync.ProvincialGateway;
import vn.motcua.core.sync.ProvincialGateway.PushResult;
import vn.motcua.core.sync.RetrySchedule;
import vn.motcua.core.sync.SyncStatus;
import vn.motcua.core.sync.SyncStatusListener;
import vn.motcua.store.sqlite.SqliteDossierSequence;
import vn.motcua.store.sqlite.SqliteDossierStore;
import vn.motcua.store.sqlite.SqliteOutbox;
import vn.motcua.store.sqlite.SqliteOutbox.DueDossier;
import vn.motcua.store.sqlite.SqliteSyncMarks;

/**
 * Sends the outbox to the province and pulls the province's changes, on one background daemon thread.
 *
 * <p>Per dossier, entries leave oldest first and one at a time: the next push of a dossier is only chosen after the
 * previous one was settled, and each push carries the dossier as stored now (see {@link SqliteOutbox}), so the
 * province never receives an older state after a newer one. A transient failure reschedules the dossier with
 * {@link RetrySchedule}; {@link CircuitBreaker} stops all calls for a while after repeated failures. A rejection
 * settles the entries as REJECTED for the clerk and is never retried.
 *
 * <p>Tests drive it without the thread or sleeping: {@link #runOnce()} and {@link #drainUntilIdle()} with an
 * injected clock and a seeded random.
 */
public final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final int BATCH = 50;
    private static final Duration IDLE_WAKE = Duration.ofMinutes(1);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(30);

    private final SqliteOutbox outbox;
    private final SqliteDossierStore dossiers;
    private final Optional<ProvincialGateway> gateway;
    private final Optional<ProvincePull> pull;
    private final Optional<CodeBlockReservation> reservation;
    private final RetrySchedule retries;
    private final CircuitBreaker breaker;
    private final Duration pullEvery;
    private final Clock clock;
    private final List<SyncStatusListener> listeners = new CopyOnWriteArrayList<>();
    /** One pass at a time, whether the worker or a test runs it. */
    private final Object passLock = new Object();
    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition wake = wakeLock.newCondition();
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread worker;
    private Instant nextPull = Instant.MIN;
    private ConnectionState connection;
    private Optional<Instant> lastSuccess = Optional.empty();
    private Optional<String> lastError = Optional.empty();
    private volatile SyncStatus status;

    SyncEngine(SqliteOutbox outbox, SqliteDossierStore dossiers, Optional<ProvincialGateway> gateway,
            Optional<ProvincePull> pull, Optional<CodeBlockReservation> reservation, Optional<SyncSettings> settings,
            Clock clock, RetrySchedule retries) {
        this.outbox = Objects.requireNonNull(outbox);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.gateway = gateway;
        this.pull = pull;
        this.reservation = reservation;
        this.clock = Objects.requireNonNull(clock);
        this.retries = retries;
        this.breaker = new CircuitBreaker(settings.map(SyncSettings::circuitFailures).orElse(5),
                settings.map(SyncSettings::circuitCoolDown).orElse(Duration.ofMinutes(2)), clock);
        this.pullEvery = settings.map(SyncSettings::pullEvery).orElse(Duration.ofMinutes(5));
        this.connection = gateway.isPresent() ? ConnectionState.OFFLINE : ConnectionState.NOT_CONFIGURED;
        this.status = currentStatus();
    }

    /**
     * The engine for an offline store; without settings it only reports {@link ConnectionState#NOT_CONFIGURED} and
     * lets the outbox grow. Use {@code OfflineStore.syncEngine(…)} rather than calling this directly.
     */
    public static SyncEngine forStore(Parts store, Optional<SyncSettings> settings, Clock clock,
            RandomGenerator random) {
        if (settings.isEmpty()) {
            return new SyncEngine(store.outbox(), store.dossiers(), Optional.empty(), Optional.empty(),
                    Optional.empty(), settings, clock,
                    new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30), random));
        }
        SyncSettings sync = settings.get();
        var client = new ProvincialClient(sync, store.files(), store.resultFiles(), store.marks(), store.catalogue(),
                store.ratings(), clock);
        var pull = new ProvincePull(client, store.catalogue(), store.dossiers(), store.marks(), clock);
        var reservation =
                new CodeBlockReservation(client, store.sequence(), sync.agency(), sync.codeBlockSize(), clock);
        return new SyncEngine(store.outbox(), store.dossiers(), Optional.of(client), Optional.of(pull),
                Optional.of(reservation), settings, clock,
                new RetrySchedule(sync.retryFirst(), sync.retryCeiling(), random));
    }

    /**
     * What the engine needs of the offline store, and where the dossiers' ratings are read: the same store in
     * single-PC mode; in centre mode the centre's server, and the same store for dossiers taken in before the desk
     * joined the centre (each {@link RatingSource} with the ticket links into its own queue).
     */
    public record Parts(SqliteOutbox outbox, SqliteDossierStore dossiers, ScannedFileStore files,
            ResultFiles resultFiles, SqliteSyncMarks marks, CatalogueStore catalogue, SqliteDossierSequence sequence,
            List<RatingSource> ratings) {
        public Parts {
            ratings = List.copyOf(ratings);
            if (ratings.isEmpty()) {
                throw new IllegalArgumentException("At least one source of ratings");
            }
        }
    }

    /** The link as last seen, with the outbox counted now (changes saved since the last round count too). */
    public SyncStatus status() {
        SyncStatus known = status;
        return new SyncStatus(known.connection(), outbox.backlog(), outbox.rejectedDossiers(), known.lastSuccess(),
                known.lastError());
    }

    /** The listener hears every later change, on the sync thread; it is not called for the current status. */
    public void addListener(SyncStatusListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SyncStatusListener listener) {
        listeners.remove(listener);
    }

    /** Where the dossier's latest change stands; empty when it was never queued. */
    public Optional<DossierSyncState> stateOf(DossierCode dossier) {
        return outbox.stateOf(dossier.value());
    }

    /** Starts the background thread; does nothing when it runs already. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name("motcua-sync").start(this::work);
    }

    /** Asks the background thread for a pass now (after a save, or from the clerk's "sync now"). */
    public void syncNow() {
        wakeLock.lock();
        try {
            wakeRequested = true;
            wake.signalAll();
        } finally {
            wakeLock.unlock();
        }
    }

    /** Stops the thread after its current call; waits for it up to the request timeout and then some. */
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = worker;
            worker = null;
        }
        syncNow();
        if (thread != null) {
            try {
                thread.join(TimeUnit.MINUTES.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * One pass: pushes every dossier due now (up to a batch), then pulls when a pull is due. Stops early when the
     * circuit opens. Listeners hear the status after each push.
     *
     * @return pushes attempted
     */
    public int runOnce() {
        synchronized (passLock) {
            if (gateway.isEmpty()) {
                publish();
                return 0;
            }
            int attempted = 0;
            for (DueDossier due : outbox.due(clock.instant(), BATCH)) {
                if (!breaker.allowsCall()) {
                    break;
                }
                push(gateway.get(), due);
                attempted++;
                publish(); // the backlog shown to the clerk moves with every push, not once per batch
            }
            if (pull.isPresent() && !clock.instant().isBefore(nextPull) && breaker.allowsCall()) {
                pullNow();
            }
            if (connection == ConnectionState.ONLINE && breaker.allowsCall()) {
                reserveCodes();
            }
            publish();
            return attempted;
        }
    }

    /** Passes until nothing is due now (everything sent, rejected, waiting for its retry time, or the circuit open). */
    public int drainUntilIdle() {
        int total = 0;
        int attempted;
        while ((attempted = runOnce()) > 0) {
            total += attempted;
        }
        return total;
    }

    /**
     * Pulls the catalogue and the dossiers' statuses now.
     *
     * @return false when the province could not be reached
     */
    public boolean pullNow() {
        synchronized (passLock) {
            if (pull.isEmpty()) {
                return false;
            }
            nextPull = clock.instant().plus(pullEvery);
            try {
                int procedures = pull.get().catalogue();
                int moved = pull.get().dossiers();
                LOG.debug("Pulled {} procedures and {} dossier updates", procedures, moved);
                answered();
                return true;
            } catch (ProvinceUnavailableException e) {
                failed(e.getMessage());
                return false;
            } finally {
                publish();
            }
        }
    }

    /** Keeps dossier numbers reserved from the province (DOMAIN §2); offline, the desk issues what it holds. */
    private void reserveCodes() {
        try {
            reservation.ifPresent(CodeBlockReservation::topUp);
        } catch (ProvinceUnavailableException e) {
            failed(e.getMessage());
        }
    }

    private void push(ProvincialGateway province, DueDossier due) {
        Optional<Dossier> dossier = DossierCode.parse(due.dossierCode()).flatMap(dossiers::find);
        if (dossier.isEmpty()) {
            outbox.markRejected(due, "Hồ sơ không còn trên máy này");
            return;
        }
        PushResult result = province.push(dossier.get());
        switch (result.outcome()) {
            case ACCEPTED -> {
                outbox.markSent(due);
                answered();
            }
            case REJECTED -> {
                outbox.markRejected(due, result.message());
                answered();
            }
            case TRANSIENT_FAILURE -> {
                int attempts = due.attempts() + 1;
                outbox.markRetry(due, attempts, clock.instant().plus(retries.delayAfter(attempts)), result.message());
                failed(result.message());
            }
        }
    }

    private void answered() {
        breaker.recordAnswer();
        connection = ConnectionState.ONLINE;
        lastSuccess = Optional.of(clock.instant());
        lastError = Optional.empty();
    }

    private void failed(String error) {
        breaker.recordTransientFailure();
        connection = breaker.state() == CircuitBreaker.State.OPEN ? ConnectionState.CIRCUIT_OPEN
                : ConnectionState.OFFLINE;
        lastError = Optional.of(error);
        LOG.info("Province unavailable ({}), circuit {}", error, breaker.state());
    }

    private void publish() {
        SyncStatus now = currentStatus();
        if (!now.equals(status)) {
            status = now;
            for (SyncStatusListener listener : listeners) {
                try {
                    listener.changed(now);
                } catch (RuntimeException e) {
                    LOG.warn("A sync status listener failed", e);
                }
            }
        }
    }

    private SyncStatus currentStatus() {
        return new SyncStatus(connection, outbox.backlog(), outbox.rejectedDossiers(), lastSuccess, lastError);
    }

    private void work() {
        while (running) {
            Instant wakeAt;
            try {
                runOnce();
                wakeAt = nextWake();
            } catch (RuntimeException e) {
                // A database or programming error: keep the thread alive and the entries queued, without spinning.
                LOG.warn("A sync pass failed", e);
                wakeAt = clock.instant().plus(AFTER_ERROR);
            }
            awaitWork(wakeAt);
        }
    }

    private Instant nextWake() {
        Instant wakeAt = clock.instant().plus(IDLE_WAKE);
        if (gateway.isEmpty()) {
            return wakeAt;
        }
        if (breaker.state() == CircuitBreaker.State.OPEN) {
            return earliest(wakeAt, breaker.reopensAt());
        }
        Instant pullOrIdle = pull.isPresent() ? earliest(wakeAt, nextPull) : wakeAt;
        return outbox.nextDue().map(due -> earliest(due, pullOrIdle)).orElse(pullOrIdle);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private void awaitWork(Instant until) {
        wakeLock.lock();
        try {
            while (running && !wakeRequested) {
                long millis = Duration.between(clock.instant(), until).toMillis();
                if (millis <= 0 || !wake.await(millis, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            wakeLock.unlock();
        }
    }
}
