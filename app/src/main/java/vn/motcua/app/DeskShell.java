package vn.motcua.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.motcua.core.dossier.StoredFileRef;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.motcua.app.counter.CounterPanelView;
import vn.motcua.app.counter.CounterPanelViewModel;
import vn.motcua.app.dossier.DossierDetailView;
import vn.motcua.app.dossier.DossierDetailViewModel;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.register.RegisterView;
import vn.motcua.app.sync.SyncLogView;
import vn.motcua.app.sync.SyncLogViewModel;
import vn.motcua.app.register.RegisterViewModel;
import vn.motcua.app.supervisor.SupervisorView;
import vn.motcua.app.supervisor.SupervisorViewModel;
import vn.motcua.app.setup.DeviceChecks;
import vn.motcua.app.setup.SetupView;
import vn.motcua.app.setup.SetupViewModel;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.app.intake.IntakeView;
import vn.motcua.app.scan.ScanPanelView;
import vn.motcua.app.scan.ScanTarget;
import vn.motcua.app.scan.ScanSession;
import vn.motcua.app.intake.IntakeViewModel;
import vn.motcua.app.lock.IdleLockViewModel;
import vn.motcua.app.lock.LockView;
import vn.motcua.app.login.LoginView;
import vn.motcua.app.login.LoginViewModel;
import vn.motcua.app.login.LoginViewModel.SignedInAccount;
import vn.motcua.app.main.MainWindowView;
import vn.motcua.app.main.MainWindowViewModel;
import vn.motcua.app.password.ChangePasswordView;
import vn.motcua.app.password.ChangePasswordViewModel;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.app.theme.Theme;
import vn.motcua.core.account.UserAccount;

/**
 * The window and the way between its screens: sign-in → (forced password change) → main window, with the
 * lock screen and the change-password dialog laid over the main window so nothing typed there is lost.
 */
public final class DeskShell {
    private final Stage stage;
    private final ServiceRegistry services;
    private final Messages messages;
    private final TaskExecutor executor;
    private final StackPane layers = new StackPane();
    private final Scene scene;
    private final LoginViewModel loginModel;
    private final LoginView loginView;
    private final Timeline ticker;

    private final PublicScreens publicScreens;
    private MainWindowViewModel mainModel;
    private CounterPanelViewModel counterModel;
    private long ticks;
    private MainWindowView mainView;
    private IdleLockViewModel lockModel;
    private LockView lockView;
    private Node dialog;
    private Node scanLayer;
    private IntakeViewModel intakeModel;
    private SupervisorViewModel supervisorModel;
    private SetupViewModel settingsModel;
    private final LaunchOptions.Screen startScreen;

    public DeskShell(Stage stage, ServiceRegistry services) {
        this(stage, services, LaunchOptions.Screen.COUNTER);
    }

    /** @param startScreen {@code SUPERVISOR} opens supervision after each sign-in; the counter otherwise */
    public DeskShell(Stage stage, ServiceRegistry services, LaunchOptions.Screen startScreen) {
        this.startScreen = Objects.requireNonNull(startScreen);
        this.stage = Objects.requireNonNull(stage);
        this.services = Objects.requireNonNull(services);
        this.messages = services.messages();
        this.executor = services.executor();
        this.publicScreens = new PublicScreens(services);
        stage.setOnHidden(e -> close());
        layers.getStyleClass().add("desk-layers");
        scene = new Scene(layers, 1280, 800);
        Theme.apply(scene);
        scene.addEventFilter(InputEvent.ANY, event -> {
            if (lockModel != null) {
                lockModel.recordActivity();
            }
        });
        loginModel = new LoginViewModel(services.settings(), services.accounts(),
                services::initialAdminPasswordInUse, executor, messages, this::signedIn);
        loginView = new LoginView(loginModel, messages);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        stage.setScene(scene);
        stage.setTitle(messages.format("app.title", services.settings().agencyName(),
                messages.format("common.counter", services.settings().counterNumber())));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
    }

    public Scene scene() {
        return scene;
    }

    public void showLogin() {
        closeSession();
        loginModel.reset();
        layers.getChildren().setAll(loginView.root());
        loginModel.refreshFirstRunHint();
        Platform.runLater(loginView::focusFirstField);
    }

    private void signedIn(SignedInAccount signedIn) {
        if (signedIn.mustChangePassword()) {
            showForcedPasswordChange(signedIn.account(), signedIn.password());
        } else {
            showMain(signedIn.account());
        }
    }

    private void showForcedPasswordChange(UserAccount account, char[] justTyped) {
        ChangePasswordViewModel model = ChangePasswordViewModel.forced(account.username(), account.displayName(),
                justTyped, services.accounts(), services.passwordPolicy(), executor, messages,
                () -> afterForcedChange(account.username()), this::showLogin);
        ChangePasswordView view = new ChangePasswordView(model, messages);
        layers.getChildren().setAll(view.root());
        Platform.runLater(view::focusFirstField);
    }

    private void afterForcedChange(String username) {
        executor.submit(() -> services.account(username).orElseThrow(), this::showMain, failure -> showLogin());
    }

    void showMain(UserAccount account) {
        closeSession();
        MainWindowViewModel.Actions actions = new MainWindowViewModel.Actions() {
            @Override
            public void lockNow() {
                DeskShell.this.lockNow();
            }

            @Override
            public void changePassword() {
                openChangePassword();
            }

            @Override
            public void signOut() {
                if (lockModel == null || !lockModel.isLocked()) {
                    showLogin();
                }
            }

            @Override
            public void openKiosk() {
                publicScreens.openKiosk();
            }

            @Override
            public void openDisplayBoard() {
                publicScreens.openDisplayBoard();
            }

            @Override
            public void openRatingScreen() {
                publicScreens.openRatingScreen();
            }

            @Override
            public void openIntake() {
                DeskShell.this.openIntake();
            }

            @Override
            public void openDossier(DossierCode code) {
                DeskShell.this.openDossier(code);
            }

            @Override
            public void openRegister() {
                DeskShell.this.openRegister();
            }

            @Override
            public void syncNow() {
                services.syncNow();
            }

            @Override
            public void openSyncLog() {
                DeskShell.this.openSyncLog();
            }

            @Override
            public void openSupervision() {
                DeskShell.this.openSupervision();
            }

            @Override
            public void openSettings() {
                DeskShell.this.openSettings();
            }
        };
        mainModel = new MainWindowViewModel(services.settings(), account, services.dossiers(),
                services::storeHealth, services::provincialConnection, executor, messages, services.clock(), actions);
        counterModel = new CounterPanelViewModel(services.queue(), services.ratings(),
                services.dossierTickets(), services.settings().counterNumber(), account.username(), executor,
                messages, services.clock());
        mainView = new MainWindowView(mainModel, new CounterPanelView(counterModel, messages), messages);
        String who = messages.format("lock.who", messages.format("common.counter",
                services.settings().counterNumber()), account.displayName(), account.username());
        lockModel = new IdleLockViewModel(account.username(), who, services.settings().idleLockTimeout(),
                services.accounts(), executor, messages, services.clock(), this::showLogin);
        lockView = new LockView(lockModel, messages);
        lockModel.lockedProperty().addListener((obs, was, locked) -> {
            updateInteractive();
            if (locked) {
                lockView.focusPassword();
            } else if (dialog == null) {
                mainView.focusSearch();
            }
        });
        layers.getChildren().setAll(mainView.root(), lockView.root());
        updateInteractive();
        mainModel.start();
        counterModel.start();
        ticker.play();
        Platform.runLater(mainView::focusSearch);
        if (startScreen == LaunchOptions.Screen.SUPERVISOR && mainModel.canSupervise()) {
            mainModel.openSupervision();
        }
    }

    private void lockNow() {
        if (lockModel != null) {
            lockModel.lockNow();
        }
    }

    private void openChangePassword() {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        UserAccount account = mainModel.account();
        ChangePasswordViewModel model = ChangePasswordViewModel.voluntary(account.username(), account.displayName(),
                services.accounts(), services.passwordPolicy(), executor, messages, () -> {
                    closeDialog();
                    mainModel.showNotice(messages.get("password.changed"));
                }, this::closeDialog);
        ChangePasswordView view = new ChangePasswordView(model, messages);
        dialog = view.root();
        // Under the lock layer, so an idle lock still covers an open dialog.
        layers.getChildren().add(layers.getChildren().indexOf(lockView.root()), dialog);
        updateInteractive();
        Platform.runLater(view::focusFirstField);
    }

    private void openIntake() {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        UserAccount account = mainModel.account();
        IntakeViewModel model = new IntakeViewModel(services.intake(), services.catalogue(), services.intakeForms(),
                services.dossierTickets(), counterModel == null ? Optional.empty() : counterModel.servedTicket(),
                executor, messages, services.clock(), account.username(), account.displayName(),
                services.settings().agencyName());
        BiConsumer<StoredFileRef, StoredFileRef> ocrDone = (original, searchable) -> executor.schedule(
                java.time.Duration.ZERO, () -> model.fileReplaced(original, searchable));
        IntakeView view = new IntakeView(model, messages, new IntakeView.Actions() {
            @Override
            public void close() {
                services.cardReader().detach();
                services.searchableCopies().removeListener(ocrDone);
                intakeModel = null;
                closeDialog();
                mainModel.refresh();
            }

            @Override
            public void scan(String componentCode, String componentName) {
                openScanPanel(model, componentCode, componentName, dialog);
            }
        });
        model.storedProperty().addListener((obs, old, dossier) -> {
            if (dossier != null) {
                // A scan's OCR may have finished while the dossier was being stored.
                executor.submit(() -> services.searchableCopies().catchUp(dossier.files()), ignored -> { },
                        failure -> { });
            }
        });
        showOverlay(view.root());
        services.cardReader().attach(model::qrScanned, model::readerProblem);
        services.searchableCopies().addListener(ocrDone);
        intakeModel = model;
        model.start();
        Platform.runLater(view::focusSearch);
    }

    private void openSyncLog() {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        SyncLogViewModel model = new SyncLogViewModel(services::syncLog, services::provincialConnection,
                services::syncNow, executor, messages);
        showOverlay(new SyncLogView(model, messages, this::closeDialog).root());
        model.refresh();
    }

    /** The settings screen over the main window; what it saves takes effect at the next start. */
    private void openSettings() {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        MainWindowViewModel opener = mainModel;
        executor.submit(() -> services.configFiles().load(), config -> {
            if (mainModel != opener || dialog != null) {
                return;
            }
            SetupViewModel model = new SetupViewModel(SetupViewModel.Mode.SETTINGS, services.configFiles(), config,
                    new DeviceChecks(messages), executor, messages, services.clock(), services.deviceProblems(),
                    saved -> { });
            SetupView view = new SetupView(model, messages, () -> {
                settingsModel = null;
                closeDialog();
            });
            showOverlay(view.root());
            settingsModel = model;
            model.start();
            Platform.runLater(view::focusFirstField);
        }, failure -> mainModel.showNotice(messages.get("common.error.unexpected")));
    }

    private void openRegister() {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        RegisterViewModel model = new RegisterViewModel(services.dossiers(), services.formTemplates(), executor,
                messages, services.clock(), services.settings().agencyName());
        RegisterView view = new RegisterView(model, messages, this::closeDialog);
        showOverlay(view.root());
        model.start();
        Platform.runLater(view::focusText);
    }

    private void openSupervision() {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        SupervisorViewModel.forAccount(mainModel.account(), services.statistics(), services.queue(),
                services.queueStore(), services.statisticsTargets(), services.ratings().rules().alert(), executor,
                messages, services.clock(), services.settings().agencyName()).ifPresentOrElse(model -> {
                    SupervisorView view = new SupervisorView(model, messages, () -> {
                        model.stop();
                        supervisorModel = null;
                        closeDialog();
                    });
                    supervisorModel = model;
                    showOverlay(view.root());
                    model.start();
                    Platform.runLater(view::focusPeriod);
                }, () -> mainModel.showNotice(messages.get("main.notice.notAllowed")));
    }

    /** A full-size card over the main window, under the lock layer so an idle lock still covers it. */
    private void showOverlay(Node content) {
        StackPane backdrop = new StackPane(content);
        backdrop.getStyleClass().add("overlay-backdrop");
        dialog = backdrop;
        layers.getChildren().add(layers.getChildren().indexOf(lockView.root()), dialog);
        updateInteractive();
    }

    private void openDossier(DossierCode code) {
        if (mainModel == null || dialog != null || lockModel.isLocked()) {
            return;
        }
        UserAccount account = mainModel.account();
        DossierDetailViewModel model = new DossierDetailViewModel(code, services.dossierRecords(), services.intake(),
                services.intakeForms(), services::syncStateOf, executor, messages, services.clock(),
                account.username(), account.displayName(), returned -> {
                    if (counterModel != null) {
                        counterModel.armForReturn(returned);
                    }
                });
        DossierDetailView view = new DossierDetailView(model, messages, () -> {
            closeDialog();
            mainModel.refresh();
        }, new DossierDetailView.Actions() {
            @Override
            public void attachResult() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("dossier.action.attachResult"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.get("dossier.result.fileTypes"), "*.pdf", "*.PDF", "*.jpg", "*.jpeg", "*.png"));
                java.io.File file = chooser.showOpenDialog(stage);
                if (file != null) {
                    model.attachResultFile(file.toPath());
                }
            }

            @Override
            public void scanResult() {
                model.resultScanTarget(services.settings().agencyName()).ifPresent(target ->
                        showScanPanel(target, (component, files) -> model.resultScanned(files), dialog));
            }
        });
        showOverlay(view.root());
        model.load();
    }

    /** The scan panel over the intake workspace; the saved file is attached to the component. */
    private void openScanPanel(IntakeViewModel intake, String componentCode, String componentName, Node under) {
        if (scanLayer != null) {
            return;
        }
        intake.prepareScan(componentCode, componentName, target -> showScanPanel(target, intake::attachScanned, under));
    }

    /** The scan panel over {@code under}, which takes no keys meanwhile (the intake's Ctrl+Enter accepts). */
    private void showScanPanel(ScanTarget target, BiConsumer<String, List<StoredFileRef>> onSaved, Node under) {
        if (scanLayer != null) {
            return;
        }
        ScanSession session = services.scanSession(target, onSaved);
        ScanPanelView view = new ScanPanelView(session.model(), messages, () -> closeScanPanel(session, under));
        StackPane backdrop = new StackPane(view.root());
        backdrop.getStyleClass().add("overlay-backdrop");
        scanLayer = backdrop;
        under.setDisable(true);
        layers.getChildren().add(layers.getChildren().indexOf(lockView.root()), scanLayer);
        session.model().discover();
        Platform.runLater(view::focusScan);
    }

    private void closeScanPanel(ScanSession session, Node under) {
        session.close();
        layers.getChildren().remove(scanLayer);
        scanLayer = null;
        under.setDisable(false);
    }

    private void closeDialog() {
        if (dialog != null) {
            layers.getChildren().remove(dialog);
            dialog = null;
            updateInteractive();
            if (mainView != null) {
                mainView.focusSearch();
            }
        }
    }

    private void updateInteractive() {
        if (mainView != null) {
            boolean locked = lockModel != null && lockModel.isLocked();
            mainView.interactiveProperty().set(!locked && dialog == null);
            mainView.root().setDisable(locked || dialog != null);
        }
    }

    private void tick() {
        if (lockModel != null) {
            lockModel.tick();
        }
        if (mainModel != null) {
            mainModel.tick();
        }
        if (counterModel != null) {
            counterModel.tick();
            if (++ticks % CounterPanelViewModel.POLL.toSeconds() == 0) {
                counterModel.reload();
            }
        }
    }

    private void closeSession() {
        ticker.stop();
        if (mainModel != null) {
            mainModel.dispose();
        }
        if (counterModel != null) {
            counterModel.dispose();
        }
        counterModel = null;
        mainModel = null;
        mainView = null;
        lockModel = null;
        lockView = null;
        dialog = null;
        settingsModel = null;
    }

    /** The window is gone: stop the clock, the session's work and the public screens. */
    public void close() {
        closeSession();
        publicScreens.closeAll();
    }

    // For tests and the screenshot tool.
    MainWindowViewModel mainModel() {
        return mainModel;
    }

    IntakeViewModel intakeModel() {
        return intakeModel;
    }

    SetupViewModel settingsModel() {
        return settingsModel;
    }

    CounterPanelViewModel counterModel() {
        return counterModel;
    }

    /** The supervisor's dashboard while it is open (for the screenshot test, which cannot drive a file chooser). */
    Optional<SupervisorViewModel> supervisorModel() {
        return Optional.ofNullable(supervisorModel);
    }

    PublicScreens publicScreens() {
        return publicScreens;
    }

    IdleLockViewModel lockModel() {
        return lockModel;
    }

    LoginViewModel loginModel() {
        return loginModel;
    }
}
