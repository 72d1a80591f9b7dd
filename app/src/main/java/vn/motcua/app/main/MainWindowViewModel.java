package vn.motcua.app.main;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.app.task.TaskExecutor.Cancellable;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.DossierSummary;
import vn.motcua.core.sync.ConnectionState;
import vn.motcua.core.sync.SyncStatus;
import vn.motcua.store.StoreHealth;

/**
 * State of the clerk's main window: who is at which counter, the dossier list with
 * search-as-you-type (debounced here, run on the {@link TaskExecutor}), and the status bar.
 */
public final class MainWindowViewModel {
    /** Typing pauses shorter than this do not start a search. */
    public static final Duration SEARCH_DEBOUNCE = Duration.ofMillis(250);
    /** Seconds between status bar refreshes (store health, link to the province, outbox backlog). */
    static final int STATUS_EVERY = 10;
    static final int SEARCH_LIMIT = 200;

    /** What the window's commands lead to outside this screen. */
    public interface Actions {
        void lockNow();

        void changePassword();

        void signOut();

        void openKiosk();

        void openDisplayBoard();

        void openRatingScreen();

        void openIntake();

        void openDossier(DossierCode code);

        void openRegister();

        void syncNow();

        void openSyncLog();

        /** The supervisor's dashboard; only called for supervisors and administrators. */
        void openSupervision();

        /** The settings screen (administrators). */
        void openSettings();
    }

    private final UserAccount account;
    private final DossierStore dossiers;
    private final Callable<StoreHealth> storeHealth;
    private final Callable<SyncStatus> connection;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final Actions actions;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<DossierRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");
    private final StringProperty resultSummary = new SimpleStringProperty(this, "resultSummary", "");
    private final StringProperty emptyListText = new SimpleStringProperty(this, "emptyListText", "");
    private final StringProperty storeStatus = new SimpleStringProperty(this, "storeStatus", "");
    private final BooleanProperty storeProblem = new SimpleBooleanProperty(this, "storeProblem");
    private final StringProperty connectionStatus = new SimpleStringProperty(this, "connectionStatus", "");
    private final StringProperty currentTime = new SimpleStringProperty(this, "currentTime", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    private final String agencyName;
    private final String agencyLine;
    private final String counterTitle;
    private final String clerkName;
    private final String clerkRole;
    private final boolean canManageAccounts;
    private final boolean canSupervise;
    private final boolean canConfigure;

    private Cancellable pendingSearch;
    private Cancellable runningSearch;
    private long searchGeneration;
    private boolean disposed;
    private long ticks;

    public MainWindowViewModel(DeskSettings settings, UserAccount account, DossierStore dossiers,
            Callable<StoreHealth> storeHealth, Callable<SyncStatus> connection, TaskExecutor executor,
            Messages messages, Clock clock, Actions actions) {
        this.account = Objects.requireNonNull(account);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.storeHealth = Objects.requireNonNull(storeHealth);
        this.connection = Objects.requireNonNull(connection);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.actions = Objects.requireNonNull(actions);
        this.agencyName = settings.agencyName();
        this.agencyLine = messages.format("main.agencyLine", settings.agencyCode().value());
        this.counterTitle = messages.format("common.counter", settings.counterNumber());
        this.clerkName = account.displayName();
        this.clerkRole = messages.get(highestRole(account).messageKey());
        this.canManageAccounts = account.has(Role.ADMIN);
        this.canSupervise = account.has(Role.ADMIN) || account.has(Role.SUPERVISOR);
        this.canConfigure = account.has(Role.ADMIN);
        searchText.addListener((obs, old, now) -> scheduleSearch());
        tick();
    }

    static Role highestRole(UserAccount account) {
        return account.has(Role.ADMIN) ? Role.ADMIN : account.has(Role.SUPERVISOR) ? Role.SUPERVISOR : Role.CLERK;
    }

    /** Loads the list and the status bar; call once the window is shown. */
    public void start() {
        refresh();
    }

    /** F5: searches again at once and re-reads the store's state. */
    public void refresh() {
        cancelPending();
        runSearch();
        refreshStatus();
    }

    private void scheduleSearch() {
        cancelPending();
        pendingSearch = executor.schedule(SEARCH_DEBOUNCE, this::runSearch);
    }

    private void cancelPending() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
            pendingSearch = null;
        }
    }

    private void runSearch() {
        if (disposed) {
            return;
        }
        pendingSearch = null;
        if (runningSearch != null) {
            runningSearch.cancel();
        }
        long generation = ++searchGeneration;
        String text = searchText.get().strip();
        searching.set(true);
        runningSearch = executor.submit(() -> dossiers.search(text, SEARCH_LIMIT), found -> {
            if (generation == searchGeneration) {
                searching.set(false);
                show(text, found);
            }
        }, failure -> {
            if (generation == searchGeneration) {
                searching.set(false);
                rows.clear();
                resultSummary.set("");
                emptyListText.set(messages.get("main.dossiers.error"));
            }
        });
    }

    private void show(String text, List<DossierSummary> found) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Messages.OFFICE_ZONE));
        rows.setAll(found.stream().map(s -> toRow(s, now)).toList());
        if (text.isEmpty()) {
            resultSummary.set(messages.format("main.dossiers.latest", Integer.toString(found.size())));
            emptyListText.set(messages.get("main.dossiers.none"));
        } else {
            resultSummary.set(messages.format("main.dossiers.found", Integer.toString(found.size()), text));
            emptyListText.set(messages.format("main.dossiers.noMatch", text));
        }
    }

    private DossierRow toRow(DossierSummary s, LocalDateTime now) {
        boolean overdue = !s.status().isFinal() && s.dueAt().map(now::isAfter).orElse(false);
        return new DossierRow(s.code().value(), s.procedureName(), s.ownerName(),
                MaskedIdentifier.of(s.ownerIdentifier()), messages.get(s.status().messageKey()),
                messages.dateTime(s.receivedAt()), s.dueAt().map(messages::dateTime).orElse(messages.get("common.none")),
                overdue);
    }

    private void refreshStatus() {
        executor.submit(storeHealth, health -> {
            storeProblem.set(!health.writable());
            String key = health.writable() ? "main.status.store" : "main.status.storeReadOnly";
            storeStatus.set(messages.format(key, health.databaseFile().toString(),
                    Integer.toString(health.schemaVersion()), Long.toString(health.dossierCount())));
        }, failure -> {
            storeProblem.set(true);
            storeStatus.set(messages.get("main.status.storeError"));
        });
        executor.submit(connection, status -> connectionStatus.set(describe(status)),
                failure -> connectionStatus.set(messages.get(ConnectionState.OFFLINE.messageKey())));
    }

    /** "Đã kết nối · 3 hồ sơ chờ gửi": the link and what still waits in the outbox. */
    private String describe(SyncStatus status) {
        String text = messages.get(status.connection().messageKey());
        if (status.backlog() > 0) {
            text += " · " + messages.format("main.status.backlog", Integer.toString(status.backlog()));
        }
        if (status.rejected() > 0) {
            text += " · " + messages.format("main.status.rejected", Integer.toString(status.rejected()));
        }
        return text;
    }

    /** Called once a second: the clock in the status bar, and every {@link #STATUS_EVERY} the store and link. */
    public void tick() {
        currentTime.set(messages.dateTime(clock.instant()));
        if (++ticks % STATUS_EVERY == 0 && !disposed) {
            refreshStatus();
        }
    }

    /** What waits for the province, what it refused and why. */
    public void openSyncLog() {
        actions.openSyncLog();
    }

    /** Ctrl+Shift+Y: send the outbox now instead of at the next retry. */
    public void syncNow() {
        actions.syncNow();
        notice.set(messages.get("main.notice.syncing"));
    }

    public void lockNow() {
        actions.lockNow();
    }

    public void changePassword() {
        actions.changePassword();
    }

    public void signOut() {
        actions.signOut();
    }

    /** Account management is for administrators only; the screen comes in a later release. */
    public void openAccountManagement() {
        notice.set(messages.get(canManageAccounts ? "main.notice.notYet" : "main.notice.notAllowed"));
    }

    /** The supervisor's dashboard, for supervisors and administrators only. */
    public void openSupervision() {
        if (canSupervise) {
            actions.openSupervision();
        } else {
            notice.set(messages.get("main.notice.notAllowed"));
        }
    }

    /** The counter's and devices' settings are for administrators only. */
    public void openSettings() {
        if (canConfigure) {
            actions.openSettings();
        } else {
            notice.set(messages.get("main.notice.notAllowed"));
        }
    }

    /** The ticket kiosk and the display board run in this process (single-office mode). */
    public void openKiosk() {
        actions.openKiosk();
    }

    public void openDisplayBoard() {
        actions.openDisplayBoard();
    }

    public void openRatingScreen() {
        actions.openRatingScreen();
    }

    /** The register (Sổ theo dõi hồ sơ): filter, export to XLSX and PDF. */
    public void openRegister() {
        actions.openRegister();
    }

    /** A dossier of the list, by the code shown in its row. */
    public void openDossier(String code) {
        DossierCode.parse(code).ifPresent(actions::openDossier);
    }

    /** A new dossier at the counter (from the called ticket, or a walk-in). */
    public void openIntake() {
        actions.openIntake();
    }

    public void showNotice(String text) {
        notice.set(text);
    }

    /** Stops pending work when the window goes away (sign-out). */
    public void dispose() {
        disposed = true;
        cancelPending();
        if (runningSearch != null) {
            runningSearch.cancel();
        }
    }

    public UserAccount account() {
        return account;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<DossierRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ReadOnlyStringProperty resultSummaryProperty() {
        return resultSummary;
    }

    public ReadOnlyStringProperty emptyListTextProperty() {
        return emptyListText;
    }

    public ReadOnlyStringProperty storeStatusProperty() {
        return storeStatus;
    }

    public ReadOnlyBooleanProperty storeProblemProperty() {
        return storeProblem;
    }

    public ReadOnlyStringProperty connectionStatusProperty() {
        return connectionStatus;
    }

    public ReadOnlyStringProperty currentTimeProperty() {
        return currentTime;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public String agencyName() {
        return agencyName;
    }

    public String agencyLine() {
        return agencyLine;
    }

    public String counterTitle() {
        return counterTitle;
    }

    public String clerkName() {
        return clerkName;
    }

    public String clerkRole() {
        return clerkRole;
    }

    public boolean canManageAccounts() {
        return canManageAccounts;
    }

    public boolean canSupervise() {
        return canSupervise;
    }

    public boolean canConfigure() {
        return canConfigure;
    }
}
