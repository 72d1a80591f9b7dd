package vn.motcua.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.core.statistics.OfficeStatistics;
import vn.motcua.core.statistics.StatisticsSource;
import vn.motcua.core.statistics.StatisticsTargets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.config.DeskConfig;
import vn.motcua.app.config.DeskConfigFiles;
import vn.motcua.app.config.DeskDirectories;
import vn.motcua.app.config.OfficeHolidays;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.intake.CardReaderInput;
import vn.motcua.app.intake.IntakeForms;
import vn.motcua.app.queue.CallAnnouncements;
import vn.motcua.app.dossier.DossierRecords;
import vn.motcua.app.rating.RatingDeadlines;
import vn.motcua.app.rating.RatingRelay;
import vn.motcua.devices.keypad.KeypadKind;
import vn.motcua.devices.keypad.KeypadSettings;
import vn.motcua.devices.keypad.SerialRatingKeypad;
import vn.motcua.app.rating.ScreenKeypad;
import vn.motcua.app.scan.ScanPanelViewModel;
import vn.motcua.app.scan.ScanSession;
import vn.motcua.app.scan.ScanTarget;
import vn.motcua.app.scan.SearchableCopies;
import vn.motcua.app.sync.SyncLogViewModel;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.account.AccountStore;
import vn.motcua.core.account.LocalAccounts;
import vn.motcua.core.account.PasswordHasher;
import vn.motcua.core.account.PasswordPolicy;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.intake.DossierIntake;
import vn.motcua.core.intake.DossierTickets;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.citizen.QrCodeReader;
import vn.motcua.core.scan.Scanner;
import vn.motcua.core.sync.DossierSyncState;
import vn.motcua.core.sync.SyncLogEntry;
import vn.motcua.core.sync.SyncStatus;
import vn.motcua.store.sync.SyncEngine;
import vn.motcua.devices.qr.SerialQrReader;
import vn.motcua.core.scan.pages.RawPageStore;
import vn.motcua.devices.forms.FormOffice;
import vn.motcua.devices.forms.FormRenderer;
import vn.motcua.devices.forms.FormTemplates;
import vn.motcua.devices.pages.PageAnalyser;
import vn.motcua.devices.ocr.OcrQueue;
import vn.motcua.devices.ocr.Tesseract;
import vn.motcua.devices.pages.RawPageFiles;
import vn.motcua.devices.pdf.ComponentFiles;
import vn.motcua.devices.pdf.PageEncoder;
import vn.motcua.core.queue.Kiosk;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.TicketPrinter;
import vn.motcua.core.rating.DossierRatings;
import vn.motcua.core.rating.RatingDesk;
import vn.motcua.core.rating.RatingKeypad;
import vn.motcua.core.voice.CallAnnouncer;
import vn.motcua.devices.printer.TicketPrinters;
import vn.motcua.devices.printer.VirtualTicketPrinter;
import vn.motcua.devices.printer.WhenSilent;
import vn.motcua.devices.sound.ClipLibraryException;
import vn.motcua.devices.sound.SampledAudioAnnouncer;
import vn.motcua.devices.sound.VirtualCallAnnouncer;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.StoreHealth;
import vn.motcua.centre.CentreStatistics;
import vn.motcua.centre.CentreSettings;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.centre.QueueEventFeed;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.store.demo.DemoQueue;

/**
 * The composition root: every service the screens use, built with plain constructors from the data
 * directory and the desk's settings. Opening it is slow (database, migrations, password hashing), so
 * callers do it on the {@link TaskExecutor}, never on the JavaFX thread.
 */
public final class ServiceRegistry implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRegistry.class);

    private final Path dataDirectory;
    private final DeskConfigFiles configFiles;
    private final DeskSettings settings;
    private final OfflineStore store;
    private final LocalAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;
    private final WorkCalendar calendar;
    private final QueueDesk queue;
    private final TicketPrinter ticketPrinter;
    private final Kiosk kiosk;
    private final CallAnnouncer announcer;
    private final List<String> deviceProblems;
    private final DossierIntake intake;
    private final Scanner scanner;
    private final FormTemplates formTemplates;
    private final IntakeForms intakeForms;
    private final CardReaderInput cardReader;
    private final Optional<QrCodeReader> qrReader;
    private final SearchableCopies searchableCopies;
    private final SyncEngine sync;
    private final RatingDesk ratings;
    /** The queue's store in use: this desk's SQLite, or the centre's PostgreSQL in centre mode. */
    private final QueueStore queueStore;
    private final ScreenKeypad ratingScreen;
    private final Optional<RatingKeypad> ratingKeypad;
    private final RatingDeadlines ratingDeadlines;
    /** Centre mode: the shared queue and its event feed; empty in single-PC mode. */
    private final Optional<PostgresQueueStore> centreQueue;
    private final Optional<QueueEventFeed> centreFeed;
    /** Centre mode: forwards the presses kept while the server was away. */
    private final Optional<RatingRelay> ratingRelay;
    private final OfficeStatistics statistics;
    private final StatisticsSettings statisticsSettings;
    private final DossierTickets dossierTickets;

    private ServiceRegistry(DeskConfigFiles configFiles, Path dataDirectory, DeskSettings settings,
            OfflineStore store, LocalAccounts accounts, PasswordPolicy passwordPolicy, TaskExecutor executor,
            Clock clock, DeviceSettings devices, CallAnnouncer announcer, Optional<CentreSettings> centre) {
        this.configFiles = configFiles;
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.store = store;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.messages = Messages.forLocale(settings.locale());
        this.executor = executor;
        this.clock = clock;
        List<String> problems = new java.util.ArrayList<>(devices.problems());
        this.calendar = OfficeHolidays.calendar(dataDirectory, problems);
        this.centreQueue = centre.map(PostgresQueueStore::open);
        QueueStore queueStore = centreQueue.<QueueStore>map(shared -> shared).orElse(store.queue());
        this.queueStore = queueStore;
        this.queue = new QueueDesk(queueStore, calendar, clock);
        centreQueue.ifPresent(shared -> loadDemoQueueIfEmpty(shared, settings));
        this.ticketPrinter = TicketPrinters.create(devices.printer());
        this.kiosk = new Kiosk(queue, ticketPrinter, devices.printer().whenSilent() == WhenSilent.REFUSE
                ? Kiosk.WhenPrinterSilent.REFUSE : Kiosk.WhenPrinterSilent.ISSUE_AND_WARN);
        this.announcer = announcer;
        this.scanner = devices.scanner();
        this.cardReader = new CardReaderInput(executor);
        this.searchableCopies = new SearchableCopies(devices.ocr()
                ? Optional.of(new OcrQueue(Tesseract.vietnamese(temporaryDirectory()), store.files(),
                        temporaryDirectory(), 200))
                : Optional.empty(), store.fileReplacement());
        this.qrReader = devices.qrReaderPort().map(port -> {
            QrCodeReader reader = new SerialQrReader(port, 115_200, java.time.Duration.ofSeconds(2));
            reader.start(cardReader);
            return reader;
        });
        this.formTemplates = FormTemplates.bundled();
        this.intakeForms = new IntakeForms(new FormRenderer(formTemplates),
                new FormOffice(settings.agencyName(), devices.formsPlace()), store.files(), store.issuedForms(),
                devices.formsPrinter(), clock);
        this.intake = new DossierIntake(store.dossiers(), new DossierCodeIssuer(settings.agencyCode(),
                store.dossierSequence(), clock), store.digitisedDocuments(), store.dueDateChanges(), calendar,
                clock);
        this.statisticsSettings = StatisticsSettings.load(dataDirectory);
        // Centre mode: the whole centre's queue and ratings from its server, this desk's own dossiers (not shared).
        StatisticsSource statisticsSource = centreQueue
                .<StatisticsSource>map(shared -> new CentreStatistics(shared, store.statistics(clock), clock))
                .orElseGet(() -> store.statistics(clock));
        this.statistics = new OfficeStatistics(statisticsSource, calendar, statisticsSettings.scorecard(), clock);
        // Ratings are kept with the queue (the centre's server in centre mode) and read from there for the
        // province; the dossiers they concern stay here, queued again once a rating is committed on the server.
        // Dossiers taken in before the desk joined the centre keep their ratings and ticket links in this store.
        this.sync = centreQueue.map(shared -> store.syncEngine(devices.sync(), (DossierRatings) shared))
                .orElseGet(() -> store.syncEngine(devices.sync()));
        // Ticket ids are only unique within one queue: links are made and read for the queue in use.
        this.dossierTickets = centreQueue.isPresent() ? store.centreDossierTickets() : store.dossierTickets();
        sync.start();
        // Centre mode: a press the server cannot take waits in this desk's store and is forwarded when it is back.
        this.ratings = new RatingDesk(queueStore, devices.ratingRules(), clock,
                centreQueue.map(shared -> store.pendingRatings(clock)));
        centreQueue.ifPresent(shared -> ratings.addListener(store.ratedDossierQueue()));
        this.ratingRelay = centreQueue.map(shared -> RatingRelay.start(ratings));
        // The feed's reconnection (it has caught up by then) lifts the screens' unavailable signs and forwards the
        // kept presses at once.
        this.centreFeed = centre.map(shared -> QueueEventFeed.start(shared, QueueEventFeed.FROM_NOW,
                new QueueEventFeed.Subscriber() {
                    @Override
                    public void onEvents(List<vn.motcua.core.queue.LoggedEvent> events) {
                        queue.storedElsewhere(events);
                    }

                    @Override
                    public void onConnection(boolean connected) {
                        queue.storeReachable(connected);
                        if (connected) {
                            ratingRelay.ifPresent(RatingRelay::forwardSoon);
                        }
                    }
                }));
        this.ratingDeadlines = new RatingDeadlines(ratings, executor, clock);
        ratings.addListener(ratingDeadlines);
        this.ratingScreen = new ScreenKeypad(clock);
        ratings.attach(settings.counterNumber(), ratingScreen);
        Optional<SerialRatingKeypad> serialKeypad = ratingKeypad(devices.keypad(), clock);
        // Listeners first, then the port: a press arriving at once must find them.
        serialKeypad.ifPresent(keypad -> ratings.attach(settings.counterNumber(), keypad));
        serialKeypad.ifPresent(SerialRatingKeypad::start);
        this.ratingKeypad = serialKeypad.map(RatingKeypad.class::cast);
        this.deviceProblems = List.copyOf(problems);
        queue.addListener(new CallAnnouncements(announcer));
        closeEarlierDays();
        removeLeftoverScans();
    }

    /**
     * The counter's hardware keypad as configured: the one place where keypad adapters are made. Without one
     * ({@code NONE}), with a keyboard-emulating pad (its digits are read by the rating screen) and in training
     * ({@code VIRTUAL}: the rating screen is the training pad) ratings are taken on the touch screen's keypad only,
     * which is always there besides ({@link #ratingScreen()}).
     */
    private static Optional<SerialRatingKeypad> ratingKeypad(KeypadSettings keypad, Clock clock) {
        return keypad.kind() == KeypadKind.SERIAL ? Optional.of(new SerialRatingKeypad(keypad, clock))
                : Optional.empty();
    }

    /** The demonstration queue prints this desk's agency on its tickets, not a placeholder. */
    private static void useDeskAgency(QueueStore queue, DeskSettings settings) {
        QueueConfiguration demo = queue.configuration();
        queue.replaceConfiguration(new QueueConfiguration(
                new QueueOffice(settings.agencyCode(), settings.agencyName()), demo.policy(), demo.services(),
                demo.counters()));
    }

    /** Raw pages of scan sessions a crash or a killed desk left behind: working copies, never records. */
    private void removeLeftoverScans() {
        Path temporary = dataDirectory.resolve("tmp");
        if (!java.nio.file.Files.isDirectory(temporary)) {
            return;
        }
        try (var sessions = java.nio.file.Files.newDirectoryStream(temporary, "scan-*")) {
            for (Path session : sessions) {
                try (var files = java.nio.file.Files.walk(session)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (java.io.IOException e) {
            LOG.warn("Leftover scan pages could not be removed: {}", e.getClass().getName());
        }
    }

    /**
     * Tickets left open by a day that ended without a close (the desk was off after hours) are closed now. In
     * centre mode the server may be away: the next desk to start closes them.
     */
    private void closeEarlierDays() {
        try {
            int closed = queue.closeDay(queue.today().minusDays(1));
            if (closed > 0) {
                LOG.info("Closed {} tickets left open on earlier days", closed);
            }
        } catch (QueueUnavailableException e) {
            LOG.warn("The centre's queue is unavailable at start-up; earlier days are closed later: {}",
                    e.getMessage());
        }
    }

    /** A centre's empty shared queue starts with the demonstration configuration, as a single desk's does. */
    private static void loadDemoQueueIfEmpty(QueueStore shared, DeskSettings settings) {
        try {
            if (shared.saveConfigurationIfEmpty(DemoQueue.configuration())) {
                useDeskAgency(shared, settings);
                LOG.info("Loaded the demonstration queue configuration into the centre's queue");
            }
        } catch (QueueUnavailableException e) {
            LOG.warn("The centre's queue is unavailable at start-up: {}", e.getMessage());
        }
    }

    /** The bundled voice, or silence (logged) when its clips cannot be loaded. */
    public static CallAnnouncer defaultAnnouncer() {
        try {
            return SampledAudioAnnouncer.withBundledVietnameseClips();
        } catch (ClipLibraryException e) {
            LOG.error("The call announcement clips cannot be loaded; calls will not be announced", e);
            return new VirtualCallAnnouncer();
        }
    }

    /**
     * Opens the offline store in the directory, loads the demonstration catalogue into an empty one and
     * creates the initial {@code admin} account on first start.
     */
    public static ServiceRegistry open(Path dataDirectory, DeskSettings settings, TaskExecutor executor, Clock clock) {
        return open(dataDirectory, settings, DeviceSettings.load(dataDirectory), defaultAnnouncer(), executor, clock);
    }

    /** The installed desk: settings from the layered files, data in the data directory they name. */
    public static ServiceRegistry open(DeskConfigFiles configFiles, DeskConfig config, TaskExecutor executor,
            Clock clock) {
        return open(configFiles, configFiles.directories().data(), config.deskSettings().settings(),
                config.deviceSettings(), config.centreSettings(), defaultAnnouncer(), executor, clock);
    }

    /**
     * With the devices given: tests pass a loopback printer and a recording announcer. The settings screen writes
     * to the data directory as a self-contained one.
     */
    public static ServiceRegistry open(Path dataDirectory, DeskSettings settings, DeviceSettings devices,
            CallAnnouncer announcer, TaskExecutor executor, Clock clock) {
        return open(new DeskConfigFiles(DeskDirectories.selfContained(dataDirectory)), dataDirectory, settings,
                devices, DeviceSettings.centre(dataDirectory), announcer, executor, clock);
    }

    private static ServiceRegistry open(DeskConfigFiles configFiles, Path dataDirectory, DeskSettings settings,
            DeviceSettings devices, Optional<CentreSettings> centre, CallAnnouncer announcer, TaskExecutor executor,
            Clock clock) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(clock, "clock");
        OfflineStore store = OfflineStore.open(dataDirectory, settings.sequenceBlock());
        try {
            if (store.loadDemoCatalogueIfEmpty()) {
                LOG.info("Loaded the demonstration procedure catalogue");
            }
            if (store.loadDemoQueueIfEmpty()) {
                useDeskAgency(store.queue(), settings);
                LOG.info("Loaded the demonstration queue configuration");
            }
            PasswordPolicy policy = PasswordPolicy.DEFAULT;
            LocalAccounts accounts = new LocalAccounts(store.accounts(), store.passwordHasher(), policy, clock);
            if (accounts.ensureInitialAdmin()) {
                LOG.info("Created the initial administrator account");
            }
            centre.ifPresent(shared -> LOG.info("Centre mode: the queue is on {}", shared));
            return new ServiceRegistry(configFiles, dataDirectory, settings, store, accounts, policy, executor, clock,
                    devices, announcer, centre);
        } catch (RuntimeException | Error e) {
            store.close();
            announcer.close();
            throw e;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public DeskSettings settings() {
        return settings;
    }

    /** The settings files this desk was started from, for the settings screen (changes apply at the next start). */
    public DeskConfigFiles configFiles() {
        return configFiles;
    }

    public Messages messages() {
        return messages;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Clock clock() {
        return clock;
    }

    public LocalAccounts accounts() {
        return accounts;
    }

    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    public AccountStore accountStore() {
        return store.accounts();
    }

    /** The queue's store in use: this desk's SQLite, or the centre's PostgreSQL in centre mode. */
    public QueueStore queueStore() {
        return queueStore;
    }

    public DossierStore dossiers() {
        return store.dossiers();
    }

    public DossierRecords dossierRecords() {
        return new DossierRecords(store.dossiers(), store.issuedForms(), store.dueDateChanges(), store.resultFiles(),
                store.files());
    }

    public OfflineStore store() {
        return store;
    }

    /**
     * Which ticket of the queue in use each dossier was taken in on: this desk's own queue, or the centre's in centre
     * mode. Links made in the other mode are not seen, as their ticket ids belong to another queue.
     */
    public DossierTickets dossierTickets() {
        return dossierTickets;
    }

    /**
     * The supervisor's statistics over this desk's records, with the bundled Decision 766 scorecard. Closed days
     * are kept in the store once computed, so one instance is shared. In centre mode the queue and rating figures are
     * the whole centre's (read from its server, closed days kept in this desk's memory until they change) and the
     * dossier figures this desk's only.
     */
    public OfficeStatistics statistics() {
        return statistics;
    }

    /** What good means for this office (wait targets, satisfaction, intake norms), from {@code statistics.*}. */
    public StatisticsTargets statisticsTargets() {
        return statisticsSettings.targets();
    }

    /** Slow: reads the database file's state. */
    public StoreHealth storeHealth() {
        return store.health();
    }

    /** The link to the provincial system and the outbox backlog, for the status bar. */
    public SyncStatus provincialConnection() {
        return sync.status();
    }

    /** Wakes the sync thread: the outbox is sent now rather than at its next retry. */
    public void syncNow() {
        sync.syncNow();
    }

    /** The outbox, problems first, for the sync log screen. Slow: a store read. */
    public List<SyncLogEntry> syncLog() {
        return store.syncLog().recent(SyncLogViewModel.LIMIT);
    }

    /** Where a dossier's last change stands with the province; empty when it was never queued. */
    public Optional<DossierSyncState> syncStateOf(DossierCode code) {
        return sync.stateOf(code);
    }

    /** The account as stored now (after a password change the signed-in copy is stale). */
    public Optional<UserAccount> account(String username) {
        return store.accounts().find(username);
    }

    /**
     * Slow (one password verification): whether {@code admin} still has the published initial password, so
     * the login screen can tell a first-time user how to get in.
     */
    public boolean initialAdminPasswordInUse() {
        Optional<UserAccount> admin = store.accounts().find(LocalAccounts.INITIAL_ADMIN);
        if (admin.isEmpty() || !admin.get().mustChangePassword() || !admin.get().active()) {
            return false;
        }
        PasswordHasher hasher = store.passwordHasher();
        return hasher.verify(LocalAccounts.INITIAL_ADMIN_PASSWORD.toCharArray(), admin.get().passwordHash());
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * A scan panel for one component: raw pages wait on disk (a 300-dpi grey page is ~9 MB) while the clerk edits
     * them, then go to the store as one PDF/A file. Close it when the panel closes: it stops its encoding threads
     * and deletes the raw pages.
     */
    public ScanSession scanSession(ScanTarget target, BiConsumer<String, List<StoredFileRef>> onSaved) {
        RawPageStore raws = new RawPageFiles(temporaryDirectory().resolve("scan-" + java.util.UUID.randomUUID()));
        ComponentFiles files = new ComponentFiles(store.files(), raws, temporaryDirectory(), new PageEncoder(), 2);
        ScanPanelViewModel model = new ScanPanelViewModel(scanner, raws, new PageAnalyser(), files, target, executor,
                messages, clock, (component, saved) -> {
                    onSaved.accept(component, saved);
                    searchableCopies.submit(saved);
                });
        return new ScanSession(model, files, raws);
    }

    private Path temporaryDirectory() {
        Path directory = dataDirectory.resolve("tmp");
        try {
            return java.nio.file.Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create " + directory, e);
        }
    }

    /** Background OCR of saved scans and the swap to their searchable copies. */
    public SearchableCopies searchableCopies() {
        return searchableCopies;
    }

    /** Where the QR reader's scans go: the intake screen attaches itself while open. */
    public CardReaderInput cardReader() {
        return cardReader;
    }

    /** The paper forms' templates, read once and shared by every screen that prints. */
    public FormTemplates formTemplates() {
        return formTemplates;
    }

    public IntakeForms intakeForms() {
        return intakeForms;
    }

    public DossierIntake intake() {
        return intake;
    }

    public CatalogueStore catalogue() {
        return store.catalogue();
    }

    public QueueDesk queue() {
        return queue;
    }

    public Kiosk kiosk() {
        return kiosk;
    }

    public TicketPrinter ticketPrinter() {
        return ticketPrinter;
    }

    /** The virtual printer when no real one is configured (training mode). */
    public Optional<VirtualTicketPrinter> trainingPrinter() {
        return ticketPrinter instanceof VirtualTicketPrinter virtual ? Optional.of(virtual) : Optional.empty();
    }

    /** Satisfaction ratings of the office: armed when a service ends, pressed on this counter's keypads. */
    public RatingDesk ratings() {
        return ratings;
    }

    /** This counter's touch screen and keyboard-emulating pad, for the rating window. */
    public ScreenKeypad ratingScreen() {
        return ratingScreen;
    }

    /** Device settings that could not be used (the virtual device stands in): for the status bar. */
    public List<String> deviceProblems() {
        return java.util.stream.Stream.concat(deviceProblems.stream(), statisticsSettings.problems().stream()).toList();
    }

    /** Whether the queue is the centre's shared one (centre mode) rather than this desk's own. */
    public boolean centreMode() {
        return centreQueue.isPresent();
    }

    @Override
    public void close() {
        ratingDeadlines.close();
        ratingKeypad.ifPresent(RatingKeypad::close);
        ratingScreen.close();
        centreFeed.ifPresent(QueueEventFeed::close);
        ratingRelay.ifPresent(RatingRelay::close);
        centreQueue.ifPresent(PostgresQueueStore::close);
        sync.stop();
        qrReader.ifPresent(QrCodeReader::close);
        searchableCopies.close();
        announcer.close();
        store.close();
    }
}
