package vn.motcua.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.account.AccountStore;
import vn.motcua.core.account.PasswordHasher;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.dossier.DossierSequence;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.IssuedForms;
import vn.motcua.core.dossier.ResultFiles;
import vn.motcua.core.dossier.DueDateChanges;
import vn.motcua.core.dossier.ScannedFileReplacement;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.intake.DigitisedDocuments;
import vn.motcua.core.intake.DossierTickets;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.rating.DossierRatings;
import vn.motcua.core.rating.PendingRatings;
import vn.motcua.core.rating.RatingListener;
import vn.motcua.store.demo.DemoCatalogue;
import vn.motcua.store.demo.DemoQueue;
import vn.motcua.store.files.ContentAddressedFiles;
import vn.motcua.store.files.FileInventory;
import vn.motcua.store.password.Argon2PasswordHasher;
import vn.motcua.store.sqlite.Database;
import vn.motcua.store.sqlite.MigrationScripts;
import vn.motcua.store.sqlite.Migrations;
import vn.motcua.store.sqlite.SqliteAccountStore;
import vn.motcua.store.sqlite.SqliteCatalogueStore;
import vn.motcua.store.sqlite.SqliteDossierSequence;
import vn.motcua.store.sqlite.SqliteDigitisedDocuments;
import vn.motcua.store.sqlite.SqliteDossierStore;
import vn.motcua.store.sqlite.SqliteIssuedForms;
import vn.motcua.store.sqlite.SqlitePendingRatings;
import vn.motcua.store.sqlite.SqliteResultFiles;
import vn.motcua.store.sqlite.SqliteDueDateChanges;
import vn.motcua.store.sqlite.SqliteSyncLog;
import vn.motcua.store.sqlite.QueueLinks;
import vn.motcua.store.sqlite.SqliteDossierTickets;
import vn.motcua.store.sqlite.SqliteScannedFileReplacement;
import vn.motcua.store.sqlite.SqliteQueueStore;
import vn.motcua.store.sqlite.SqliteOutbox;
import vn.motcua.store.sqlite.SqlitePendingRatings;
import vn.motcua.store.sqlite.SqliteSyncMarks;
import vn.motcua.store.sqlite.SqliteStatistics;
import vn.motcua.store.sync.RatedDossierQueue;
import vn.motcua.store.sync.RatingSource;
import vn.motcua.store.sync.SyncEngine;
import vn.motcua.store.sync.SyncSettings;

/**
 * Everything the desk keeps on this computer, in one data directory: {@value #DATABASE_FILE} (SQLite, WAL)
 * and the scanned files under {@value #FILES_DIRECTORY}/. All stores are safe to use from many threads, and
 * several processes may open the same directory. Opening is slow (migrations, disk checks): never on the
 * JavaFX thread.
 */
public final class OfflineStore implements AutoCloseable {
    public static final String DATABASE_FILE = "motcua.db";
    public static final String FILES_DIRECTORY = "files";
    private static final Logger LOG = LoggerFactory.getLogger(OfflineStore.class);
    /** Below this the desk should stop taking dossiers rather than fail halfway through scanning one. */
    private static final long MIN_FREE_BYTES = 50L * 1024 * 1024;

    private final Path directory;
    private final Database database;
    private final SqliteCatalogueStore catalogue;
    private final SqliteDossierStore dossiers;
    private final SqliteAccountStore accounts;
    private final ContentAddressedFiles files;
    private final SqliteDossierSequence sequence;
    private final PasswordHasher passwordHasher;
    private final SqliteQueueStore queue;

    private OfflineStore(Path directory, Database database, ContentAddressedFiles files, SequenceBlock block) {
        this.directory = directory;
        this.database = database;
        this.catalogue = new SqliteCatalogueStore(database);
        this.dossiers = new SqliteDossierStore(database);
        this.accounts = new SqliteAccountStore(database);
        this.files = files;
        this.sequence = new SqliteDossierSequence(database, block);
        this.passwordHasher = Argon2PasswordHasher.RECOMMENDED;
        this.queue = new SqliteQueueStore(database);
    }

    /**
     * Creates the directory when needed, opens {@code <dir>/motcua.db}, applies pending schema migrations and
     * removes temporary files abandoned by a crashed write.
     *
     * @param block the daily sequence numbers this counter may issue
     * @throws StoreException when the directory or database cannot be used; the message says why
     */
    public static OfflineStore open(Path dataDirectory, SequenceBlock block) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(block, "block");
        Path directory = dataDirectory.toAbsolutePath();
        createDirectory(directory);
        Database database = Database.open(directory.resolve(DATABASE_FILE));
        try {
            int version = new Migrations(MigrationScripts.bundled(), Clock.systemUTC()).apply(database);
            ContentAddressedFiles files = new ContentAddressedFiles(directory.resolve(FILES_DIRECTORY), database,
                    Clock.systemUTC());
            int removed = files.removeAbandonedTemporaryFiles();
            OfflineStore store = new OfflineStore(directory, database, files, block);
            LOG.info("Offline store open: schema version {}, {} dossiers, {} abandoned temporary files removed",
                    version, store.dossiers.count(), removed);
            return store;
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    public CatalogueStore catalogue() {
        return catalogue;
    }

    public DossierStore dossiers() {
        return dossiers;
    }

    public AccountStore accounts() {
        return accounts;
    }

    /** The forms issued for each dossier (receipts, supplement requests…), kept as PDFs in {@link #files()}. */
    public IssuedForms issuedForms() {
        return new SqliteIssuedForms(database);
    }

    public ResultFiles resultFiles() {
        return new SqliteResultFiles(database);
    }

    /** Which ticket of this desk's own queue (single-PC mode) each dossier was taken in on. */
    public DossierTickets dossierTickets() {
        return dossierTickets(QueueLinks.LOCAL);
    }

    /**
     * Which ticket of the named queue store each dossier was taken in on: {@link QueueLinks#CENTRE} in centre mode.
     * Links made in the other mode are not seen (their ticket ids belong to another queue).
     */
    public DossierTickets dossierTickets(String queue) {
        return new SqliteDossierTickets(database, queue);
    }

    /** Which ticket of the centre's shared queue (centre mode) each dossier was taken in on. */
    public DossierTickets centreDossierTickets() {
        return dossierTickets(QueueLinks.CENTRE);
    }

    /** The outbox for the sync log screen. */
    public SqliteSyncLog syncLog() {
        return new SqliteSyncLog(database);
    }

    /** Due-time extensions (apologies, Mẫu 04); the first one keeps the legal due time. */
    public DueDateChanges dueDateChanges() {
        return new SqliteDueDateChanges(database);
    }

    /** Moves dossiers' links from a scanned file to its better copy (the searchable OCR version). */
    public ScannedFileReplacement fileReplacement() {
        return new SqliteScannedFileReplacement(database);
    }

    /** The supervisor's statistics over this store's records, days before today kept once computed. */
    public SqliteStatistics statistics(Clock clock) {
        return new SqliteStatistics(database, clock);
    }

    /** Digitised components of earlier dossiers, for reuse at intake. */
    public DigitisedDocuments digitisedDocuments() {
        return new SqliteDigitisedDocuments(database);
    }

    public ScannedFileStore files() {
        return files;
    }

    public DossierSequence dossierSequence() {
        return sequence;
    }

    /** Queue configuration, tickets and their history; wrap it in a {@code QueueDesk} to use it. */
    public QueueStore queue() {
        return queue;
    }

    /** The ratings of this desk's own queue (single-PC mode), by dossier, for the provincial sync. */
    public DossierRatings dossierRatings() {
        return queue;
    }

    /**
     * In centre mode, where ratings are stored on the centre's server: after each counted rating (or reason) is
     * committed there, queues this desk's dossiers it concerns for the province. Add it to the desk's
     * {@code RatingDesk}; never in single-PC mode, where the rating's own transaction queues them.
     */
    public RatingListener ratedDossierQueue() {
        return new RatedDossierQueue(outbox());
    }

    /**
     * Centre mode: the presses this counter keeps while the centre's server is away, until they are forwarded
     * ({@code RatingDesk#forwardPending}).
     */
    public PendingRatings pendingRatings(Clock clock) {
        return new SqlitePendingRatings(database, clock);
    }

    /**
     * The sync engine over this store (not started), single-PC mode: the ratings read from this store: without
     * settings it reports NOT_CONFIGURED and the outbox only grows. Stop it before closing the store.
     */
    public SyncEngine syncEngine(Optional<SyncSettings> settings) {
        return syncEngine(settings, Clock.systemDefaultZone(), new SplittableRandom());
    }

    /**
     * As {@link #syncEngine(Optional)} in centre mode: the ratings of dossiers taken in on the centre's tickets read
     * from the centre's server, and those of dossiers taken in on this desk's own queue before it joined the centre
     * from this store, each by the ticket links into its own queue.
     */
    public SyncEngine syncEngine(Optional<SyncSettings> settings, DossierRatings centreRatings) {
        return syncEngine(settings, centreRatings, Clock.systemDefaultZone(), new SplittableRandom());
    }

    /** For tests and benchmarks: a clock to move by hand and a seeded random for the retry jitter. */
    public SyncEngine syncEngine(Optional<SyncSettings> settings, Clock clock, RandomGenerator random) {
        return syncEngine(settings, List.of(localRatings()), clock, random);
    }

    /** Centre mode ({@link #syncEngine(Optional, DossierRatings)}) with a clock and a seeded random. */
    public SyncEngine syncEngine(Optional<SyncSettings> settings, DossierRatings centreRatings, Clock clock,
            RandomGenerator random) {
        Objects.requireNonNull(centreRatings, "centreRatings");
        return syncEngine(settings, List.of(localRatings(),
                new RatingSource(centreDossierTickets(), centreRatings)), clock, random);
    }

    private RatingSource localRatings() {
        return new RatingSource(dossierTickets(), dossierRatings());
    }

    private SyncEngine syncEngine(Optional<SyncSettings> settings, List<RatingSource> ratings, Clock clock,
            RandomGenerator random) {
        var parts = new SyncEngine.Parts(outbox(), dossiers, files, resultFiles(), new SqliteSyncMarks(database),
                catalogue, sequence, ratings);
        return SyncEngine.forStore(parts, settings, clock, random);
    }

    /** Dossier changes waiting for the province (sync_outbox). */
    public SqliteOutbox outbox() {
        return new SqliteOutbox(database);
    }

    public PasswordHasher passwordHasher() {
        return passwordHasher;
    }

    /** Loads the bundled demonstration catalogue into an empty catalogue; does nothing otherwise. */
    public boolean loadDemoCatalogueIfEmpty() {
        var procedures = DemoCatalogue.procedures();
        boolean loaded = catalogue.saveAllIfEmpty(procedures);
        if (loaded) {
            LOG.info("Loaded {} demonstration procedures", procedures.size());
        }
        return loaded;
    }

    /** Loads the demonstration queue configuration ({@link DemoQueue}) when none is stored; does nothing otherwise. */
    public boolean loadDemoQueueIfEmpty() {
        boolean loaded = queue.saveConfigurationIfEmpty(DemoQueue.configuration());
        if (loaded) {
            LOG.info("Loaded the demonstration queue configuration");
        }
        return loaded;
    }

    /** Temporary, unreferenced and missing files: for maintenance, never needed for normal work. */
    public FileInventory fileInventory() {
        return files.inventory();
    }

    public Path directory() {
        return directory;
    }

    /** Slow-ish: counts dossiers and checks the disk. */
    public StoreHealth health() {
        int version = database.read(Migrations::currentVersion);
        return new StoreHealth(database.file(), version, dossiers.count(), writable());
    }

    @Override
    public void close() {
        database.close();
    }

    private boolean writable() {
        try {
            return Files.isWritable(database.file()) && Files.isWritable(files.root())
                    && Files.getFileStore(directory).getUsableSpace() >= MIN_FREE_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + directory + ": " + e, e);
        }
    }
}
