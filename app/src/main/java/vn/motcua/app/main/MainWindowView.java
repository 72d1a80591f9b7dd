package vn.motcua.app.main;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.motcua.app.counter.CounterPanelView;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.theme.ProductMark;

/**
 * The clerk's main window: menu, header (agency, counter, clerk), the counter panel, dossier list with search,
 * status bar. Every command has a keyboard shortcut, shown in the menus and tooltips.
 */
public final class MainWindowView {
    public static final KeyCombination FOCUS_SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CHANGE_PASSWORD = new KeyCodeCombination(KeyCode.P,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SIGN_OUT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ACCOUNTS = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SUPERVISION = new KeyCodeCombination(KeyCode.G,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);

    public static final KeyCombination NEW_DOSSIER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SYNC_NOW = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SYNC_LOG = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REGISTER = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination OPEN_KIOSK = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination OPEN_BOARD = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination OPEN_RATING = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final BooleanProperty interactive = new SimpleBooleanProperty(true);
    private final TableView<DossierRow> table = new TableView<>();

    public MainWindowView(MainWindowViewModel model, CounterPanelView counterPanel, Messages messages) {
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(model, counterPanel, messages), header(model, messages)));
        VBox centre = new VBox(counterPanel.root(), dossierCard(model, messages));
        centre.getStyleClass().add("main-content");
        root.setCenter(centre);
        root.setBottom(statusBar(model, messages));
    }

    private MenuBar menuBar(MainWindowViewModel model, CounterPanelView counterPanel, Messages messages) {
        Menu system = new Menu(messages.get("main.menu.system"));
        system.getItems().addAll(
                item("menuChangePassword", messages.get("main.action.changePassword"), CHANGE_PASSWORD,
                        model::changePassword),
                item("menuLock", messages.get("main.action.lock"), LOCK, model::lockNow),
                item("menuSyncNow", messages.get("main.action.syncNow"), SYNC_NOW, model::syncNow),
                item("menuSyncLog", messages.get("main.action.syncLog"), SYNC_LOG, model::openSyncLog),
                new SeparatorMenuItem(),
                item("menuSignOut", messages.get("main.action.signOut"), SIGN_OUT, model::signOut));
        Menu dossiers = new Menu(messages.get("main.menu.dossiers"));
        dossiers.getItems().addAll(
                item("menuNewDossier", messages.get("main.action.newDossier"), NEW_DOSSIER, model::openIntake),
                new SeparatorMenuItem(),
                item("menuRegister", messages.get("main.action.register"), REGISTER, model::openRegister),
                item("menuSearch", messages.get("main.action.search"), FOCUS_SEARCH, this::focusSearch),
                item("menuRefresh", messages.get("main.action.refresh"), REFRESH, model::refresh));
        Menu screens = new Menu(messages.get("main.menu.screens"));
        screens.getItems().addAll(
                item("menuKiosk", messages.get("main.action.openKiosk"), OPEN_KIOSK, model::openKiosk),
                item("menuBoard", messages.get("main.action.openBoard"), OPEN_BOARD, model::openDisplayBoard),
                item("menuRatingScreen", messages.get("main.action.openRatingScreen"), OPEN_RATING,
                        model::openRatingScreen));
        MenuBar bar = new MenuBar(system, counterPanel.menu(interactive), dossiers, screens);
        // Only what the role allows is built at all, so no shortcut reaches a hidden command.
        if (model.canManageAccounts() || model.canSupervise() || model.canConfigure()) {
            Menu admin = new Menu(messages.get("main.menu.administration"));
            admin.setId("menuAdministration");
            if (model.canManageAccounts()) {
                admin.getItems().add(item("menuAccounts", messages.get("main.action.accounts"), ACCOUNTS,
                        model::openAccountManagement));
            }
            if (model.canSupervise()) {
                admin.getItems().add(item("menuSupervision", messages.get("main.action.supervision"), SUPERVISION,
                        model::openSupervision));
            }
            if (model.canConfigure()) {
                admin.getItems().add(item("menuSettings", messages.get("main.action.settings"), SETTINGS,
                        model::openSettings));
            }
            bar.getMenus().add(admin);
        }
        return bar;
    }

    private MenuItem item(String id, String text, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(interactive.not());
        return item;
    }

    private HBox header(MainWindowViewModel model, Messages messages) {
        Label agency = new Label(model.agencyName());
        agency.setId("headerAgency");
        agency.getStyleClass().add("header-agency");
        Label agencyLine = new Label(model.agencyLine());
        agencyLine.getStyleClass().add("header-subtle");
        VBox left = new VBox(agency, agencyLine);
        left.getStyleClass().add("header-block");
        HBox brand = new HBox(ProductMark.create(), left);
        brand.getStyleClass().add("header-brand");
        brand.setAlignment(Pos.CENTER_LEFT);

        Label counter = new Label(model.counterTitle());
        counter.setId("counterTitle");
        counter.getStyleClass().add("header-counter");

        Label clerk = new Label(model.clerkName());
        clerk.setId("clerkName");
        clerk.getStyleClass().add("header-clerk");
        Label role = new Label(model.clerkRole());
        role.setId("clerkRole");
        role.getStyleClass().add("header-subtle");
        VBox who = new VBox(clerk, role);
        who.getStyleClass().add("header-block");
        who.setAlignment(Pos.CENTER_RIGHT);

        Button lock = new Button(messages.get("main.action.lock"));
        lock.setId("lockButton");
        lock.getStyleClass().add("header-button");
        lock.setTooltip(new Tooltip(messages.format("main.tooltip.shortcut", messages.get("main.action.lock"),
                LOCK.getDisplayText())));
        lock.disableProperty().bind(interactive.not());
        lock.setOnAction(e -> model.lockNow());

        Region gapLeft = new Region();
        Region gapRight = new Region();
        HBox.setHgrow(gapLeft, Priority.ALWAYS);
        HBox.setHgrow(gapRight, Priority.ALWAYS);
        HBox header = new HBox(brand, gapLeft, counter, gapRight, who, lock);
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private VBox dossierCard(MainWindowViewModel model, Messages messages) {
        Label title = new Label(messages.get("main.dossiers.title"));
        title.getStyleClass().add("card-title");

        search.setId("search");
        search.getStyleClass().add("search-field");
        search.setPromptText(messages.format("main.search.prompt", FOCUS_SEARCH.getDisplayText()));
        search.setTooltip(new Tooltip(messages.format("main.tooltip.shortcut", messages.get("main.action.search"),
                FOCUS_SEARCH.getDisplayText())));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        Button refresh = new Button(messages.get("main.action.refresh"));
        refresh.setId("refreshButton");
        refresh.getStyleClass().add("secondary-button");
        refresh.setTooltip(new Tooltip(messages.format("main.tooltip.shortcut", messages.get("main.action.refresh"),
                REFRESH.getDisplayText())));
        refresh.disableProperty().bind(interactive.not());
        refresh.setOnAction(e -> model.refresh());

        HBox tools = new HBox(title, search, refresh);
        tools.getStyleClass().add("list-tools");
        tools.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("resultSummary");
        summary.getStyleClass().add("muted-text");
        summary.textProperty().bind(model.resultSummaryProperty());

        table.setId("dossierTable");
        table.getStyleClass().add("dossier-table");
        table.setItems(model.rows());
        table.getColumns().add(column(messages.get("dossier.column.code"), DossierRow::code, 205));
        TableColumn<DossierRow, String> procedure = column(messages.get("dossier.column.procedure"),
                DossierRow::procedure, 330);
        procedure.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Procedure names are long: the whole name on hover.
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(procedure);
        table.getColumns().add(column(messages.get("dossier.column.owner"), DossierRow::owner, 170));
        table.getColumns().add(column(messages.get("dossier.column.identifier"), DossierRow::maskedIdentifier, 120));
        table.getColumns().add(column(messages.get("dossier.column.status"), DossierRow::status, 130));
        table.getColumns().add(column(messages.get("dossier.column.received"), DossierRow::receivedAt, 130));
        table.getColumns().add(column(messages.get("dossier.column.due"), DossierRow::dueAt, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> {
            TableRow<DossierRow> tableRow = new TableRow<>() {
                @Override
                protected void updateItem(DossierRow row, boolean empty) {
                    super.updateItem(row, empty);
                    pseudoClassStateChanged(OVERDUE, !empty && row != null && row.overdue());
                }
            };
            tableRow.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !tableRow.isEmpty()) {
                    model.openDossier(tableRow.getItem().code());
                }
            });
            return tableRow;
        });
        table.setOnKeyPressed(e -> {
            DossierRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.openDossier(selected.code());
                e.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("muted-text");
        placeholder.textProperty().bind(model.emptyListTextProperty());
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox card = new VBox(tools, summary, table);
        card.getStyleClass().addAll("card", "list-card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    private static TableColumn<DossierRow, String> column(String title, Function<DossierRow, String> value,
            double width) {
        TableColumn<DossierRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    private HBox statusBar(MainWindowViewModel model, Messages messages) {
        Label store = new Label();
        store.setId("storeStatus");
        store.getStyleClass().add("status-item");
        store.textProperty().bind(model.storeStatusProperty());
        model.storeProblemProperty().addListener((obs, was, now) -> store.pseudoClassStateChanged(PROBLEM, now));
        store.pseudoClassStateChanged(PROBLEM, model.storeProblemProperty().get());
        store.setMinWidth(Region.USE_PREF_SIZE);

        Label connection = new Label();
        connection.setId("connectionStatus");
        connection.getStyleClass().addAll("status-item", "connection-status");
        connection.textProperty().bind(model.connectionStatusProperty());

        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().addAll("status-item", "status-notice");
        notice.textProperty().bind(model.noticeProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label time = new Label();
        time.setId("currentTime");
        time.getStyleClass().addAll("status-item", "status-time");
        time.textProperty().bind(model.currentTimeProperty());
        time.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(store, connection, notice, gap, time);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    public Parent root() {
        return root;
    }

    /** False while a lock screen or dialog covers the window: its commands and shortcuts then do nothing. */
    public BooleanProperty interactiveProperty() {
        return interactive;
    }

    public void focusSearch() {
        if (interactive.get()) {
            search.requestFocus();
            search.selectAll();
        }
    }
}
