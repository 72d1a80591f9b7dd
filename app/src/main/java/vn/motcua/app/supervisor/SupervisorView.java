package vn.motcua.app.supervisor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.supervisor.Lines.Bar;
import vn.motcua.app.supervisor.Lines.DossierLine;
import vn.motcua.app.supervisor.Lines.HourBar;
import vn.motcua.app.supervisor.Lines.IntakeLine;
import vn.motcua.app.supervisor.Lines.LiveCounterLine;
import vn.motcua.app.supervisor.Lines.LiveServiceLine;
import vn.motcua.app.supervisor.Lines.QueueLine;
import vn.motcua.app.supervisor.Lines.ReasonLine;
import vn.motcua.app.supervisor.Lines.SatisfactionLine;
import vn.motcua.app.supervisor.Lines.ScoreLine;
import vn.motcua.app.supervisor.Lines.StaffingLine;
import vn.motcua.app.ui.FormParts;
import vn.motcua.app.ui.DayPickers;
import vn.motcua.app.ui.ExportChooser;
import vn.motcua.app.ui.ShownAs;
import vn.motcua.core.statistics.Period;

/**
 * The supervisor's dashboard: a period bar, then tabs for the live queue, the overview with its charts, the
 * tables by service, counter and clerk, satisfaction, dossiers with the Decision 766 scorecard, and the staffing
 * model. Binds to {@link SupervisorViewModel} and delegates; every action has a shortcut; Esc closes.
 */
public final class SupervisorView {
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT_XLSX = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT_PDF = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final SupervisorViewModel model;
    private final Messages messages;
    private final Runnable close;
    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final ComboBox<Period.Kind> kind = new ComboBox<>();
    private final DatePicker day = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final ExportChooser exports = new ExportChooser();

    public SupervisorView(SupervisorViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.close = close;
        root.setId("supervisorScreen");
        root.getStyleClass().addAll("card", "list-card", "supervisor");
        Label title = new Label(messages.get("supervisor.title"));
        title.getStyleClass().add("card-title");
        Label period = new Label();
        period.setId("supervisorPeriod");
        period.getStyleClass().add("muted-text");
        period.textProperty().bind(model.periodTextProperty());
        Label notice = new Label();
        notice.setId("supervisorNotice");
        notice.textProperty().bind(model.noticeProperty());
        tabs.setId("supervisorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("supervisorTabLive", "supervisor.tab.live", live()),
                tab("supervisorTabOverview", "supervisor.tab.overview", overview()),
                tab("supervisorTabQueue", "supervisor.tab.queue", queueTables()),
                tab("supervisorTabSatisfaction", "supervisor.tab.satisfaction", satisfaction()),
                tab("supervisorTabDossiers", "supervisor.tab.dossiers", dossiers()),
                tab("supervisorTabStaffing", "supervisor.tab.staffing", staffing()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, periodBar(), FormParts.errorLine("supervisorError", model.errorProperty()),
                period, tabs, FormParts.buttonRow(notice, exportButtons()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private HBox periodBar() {
        kind.setId("supervisorKind");
        kind.getItems().setAll(Period.Kind.values());
        kind.setConverter(ShownAs.of(this::kindName));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        datePicker(day, "supervisorDay");
        day.valueProperty().bindBidirectional(model.dayProperty());
        datePicker(last, "supervisorLast");
        last.valueProperty().bindBidirectional(model.customLastProperty());
        last.visibleProperty().bind(kind.valueProperty().isEqualTo(Period.Kind.CUSTOM));
        last.managedProperty().bind(last.visibleProperty());
        Button previous = FormParts.secondaryButton("supervisorPrevious", messages.get("supervisor.action.previous"),
                model::previous, model.busyProperty());
        previous.setTooltip(tip("supervisor.action.previous", PREVIOUS));
        Button next = FormParts.secondaryButton("supervisorNext", messages.get("supervisor.action.next"),
                model::next, model.busyProperty());
        next.setTooltip(tip("supervisor.action.next", NEXT));
        Button show = FormParts.primaryButton("supervisorShow", messages.get("supervisor.action.show"), this::load,
                model.busyProperty());
        show.setTooltip(tip("supervisor.action.show", REFRESH));
        Label kindLabel = new Label(messages.get("supervisor.period.kind"));
        kindLabel.setLabelFor(kind);
        Label dayLabel = new Label(messages.get("supervisor.period.day"));
        dayLabel.setLabelFor(day);
        HBox bar = new HBox(kindLabel, kind, dayLabel, day, last, previous, next, show);
        bar.getStyleClass().add("list-tools");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private String kindName(Period.Kind value) {
        return switch (value) {
            case DAY -> messages.get("supervisor.kind.day");
            case WEEK -> messages.get("supervisor.kind.week");
            case MONTH -> messages.get("supervisor.kind.month");
            case QUARTER -> messages.get("supervisor.kind.quarter");
            case YEAR -> messages.get("supervisor.kind.year");
            case CUSTOM -> messages.get("supervisor.kind.custom");
        };
    }

    private Node live() {
        Label at = new Label();
        at.setId("supervisorLiveAt");
        at.getStyleClass().add("muted-text");
        at.textProperty().bind(model.liveTimeProperty());
        ListView<String> alerts = new ListView<>(model.alerts());
        alerts.setId("supervisorAlerts");
        alerts.getStyleClass().add("supervisor-alerts");
        alerts.setPrefHeight(110);
        Label noAlert = new Label(messages.get("supervisor.alert.none"));
        noAlert.getStyleClass().add("muted-text");
        alerts.setPlaceholder(noAlert);
        TableView<LiveServiceLine> services = table("supervisorLiveServices", model.liveServices(), List.of(
                column("supervisor.column.service", LiveServiceLine::service, 260),
                column("supervisor.column.waiting", LiveServiceLine::waiting, 110),
                column("supervisor.column.longestWait", LiveServiceLine::longestWait, 150)));
        services.setRowFactory(view -> warningRow(LiveServiceLine::overTarget));
        TableView<LiveCounterLine> counters = table("supervisorLiveCounters", model.liveCounters(), List.of(
                column("supervisor.column.counter", LiveCounterLine::counter, 180),
                column("supervisor.column.state", LiveCounterLine::state, 150),
                column("supervisor.column.ticket", LiveCounterLine::ticket, 110)));
        HBox tables = new HBox(12, services, counters);
        HBox.setHgrow(services, Priority.ALWAYS);
        HBox.setHgrow(counters, Priority.ALWAYS);
        VBox.setVgrow(tables, Priority.ALWAYS);
        VBox box = new VBox(8, at, section("supervisor.live.alerts"), alerts, tables);
        box.getStyleClass().add("supervisor-tab");
        return box;
    }

    private Node overview() {
        FlowPane tiles = new FlowPane(8, 8);
        tiles.setId("supervisorKpis");
        String first = Long.toString(model.targets().waitTargets().getFirst().toMinutes());
        String second = Long.toString(model.targets().waitTargets()
                .get(Math.min(1, model.targets().waitTargets().size() - 1)).toMinutes());
        tiles.getChildren().addAll(
                tile("issued", messages.get("supervisor.kpi.issued")),
                tile("served", messages.get("supervisor.kpi.served")),
                tile("noShow", messages.get("supervisor.kpi.noShow")),
                tile("waitMean", messages.get("supervisor.kpi.waitMean")),
                tile("waitMedian", messages.get("supervisor.kpi.waitMedian")),
                tile("waitP90", messages.get("supervisor.kpi.waitP90")),
                tile("waitMax", messages.get("supervisor.kpi.waitMax")),
                tile("withinFirst", messages.format("supervisor.kpi.within", first)),
                tile("withinSecond", messages.format("supervisor.kpi.within", second)),
                tile("serviceMean", messages.get("supervisor.kpi.serviceMean")),
                tile("quote", messages.get("supervisor.kpi.quote")),
                tile("satisfied", messages.get("supervisor.kpi.satisfied")),
                tile("onTime", messages.get("supervisor.kpi.onTime")),
                tile("received", messages.get("supervisor.kpi.received")),
                tile("digitised", messages.get("supervisor.kpi.digitised")),
                tile("reused", messages.get("supervisor.kpi.reused")));
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.add(waitChart(), 0, 0);
        charts.add(hourChart(), 1, 0);
        charts.add(trendChart("supervisorSatisfactionChart", "supervisor.chart.satisfaction",
                "supervisor.chart.satisfiedShare", model.satisfactionTrend()), 0, 1);
        charts.add(trendChart("supervisorOnTimeChart", "supervisor.chart.onTime", "supervisor.chart.onTimeShare",
                model.onTimeTrend()), 1, 1);
        VBox box = new VBox(10, tiles, charts);
        box.getStyleClass().add("supervisor-tab");
        return scroll(box);
    }

    private VBox tile(String kpi, String label) {
        Label value = new Label();
        value.setId("kpi-" + kpi);
        value.getStyleClass().add("kpi-value");
        value.textProperty().bind(model.kpi(kpi));
        Label name = new Label(label);
        name.getStyleClass().add("kpi-label");
        name.setWrapText(true);
        VBox tile = new VBox(2, value, name);
        tile.getStyleClass().add("kpi-tile");
        return tile;
    }

    private Node waitChart() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(messages.get("supervisor.chart.waitMinutes"));
        x.setTickLabelRotation(-45);
        NumberAxis y = countAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("supervisorWaitChart");
        chart.setTitle(messages.get("supervisor.chart.waits"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(520, 300);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable fill = () -> series.getData().setAll(model.waitBars().stream()
                .map(bar -> new XYChart.Data<String, Number>(bar.label(), bar.value())).toList());
        model.waitBars().addListener((ListChangeListener<Bar>) change -> fill.run());
        fill.run();
        return chart;
    }

    /** Ticket counts, grouped as the tiles group them (1.982 in Vietnamese), not the JavaFX default (1,982). */
    private NumberAxis countAxis() {
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get("supervisor.chart.tickets"));
        y.setTickLabelFormatter(ShownAs.of(value -> Figures.count(value.longValue(), messages.locale())));
        return y;
    }

    private Node hourChart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = countAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("supervisorHourChart");
        chart.setTitle(messages.get("supervisor.chart.hourly"));
        chart.setAnimated(false);
        chart.setPrefSize(520, 300);
        XYChart.Series<String, Number> issued = new XYChart.Series<>();
        issued.setName(messages.get("supervisor.chart.issued"));
        XYChart.Series<String, Number> served = new XYChart.Series<>();
        served.setName(messages.get("supervisor.chart.served"));
        chart.getData().addAll(List.of(issued, served));
        Runnable fill = () -> {
            issued.getData().setAll(model.hourBars().stream()
                    .map(bar -> new XYChart.Data<String, Number>(bar.hour(), bar.issued())).toList());
            served.getData().setAll(model.hourBars().stream()
                    .map(bar -> new XYChart.Data<String, Number>(bar.hour(), bar.served())).toList());
        };
        model.hourBars().addListener((ListChangeListener<HourBar>) change -> fill.run());
        fill.run();
        return chart;
    }

    private Node trendChart(String id, String titleKey, String seriesKey, ObservableList<Bar> points) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 10);
        y.setLabel("%");
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(messages.get(titleKey));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefSize(520, 280);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(seriesKey));
        chart.getData().add(series);
        Runnable fill = () -> series.getData().setAll(points.stream()
                .map(point -> new XYChart.Data<String, Number>(point.label(), point.value())).toList());
        points.addListener((ListChangeListener<Bar>) change -> fill.run());
        fill.run();
        return chart;
    }

    private Node queueTables() {
        VBox box = new VBox(8,
                section("supervisor.tab.byService"), queueTable("supervisorByService", model.byService()),
                section("supervisor.tab.byCounter"), queueTable("supervisorByCounter", model.byCounter()),
                section("supervisor.tab.byClerk"), queueTable("supervisorByClerk", model.byClerk()),
                section("supervisor.tab.byHour"), queueTable("supervisorByHour", model.byHour()));
        box.getStyleClass().add("supervisor-tab");
        return scroll(box);
    }

    private TableView<QueueLine> queueTable(String id, ObservableList<QueueLine> lines) {
        String first = Long.toString(model.targets().waitTargets().getFirst().toMinutes());
        String second = Long.toString(model.targets().waitTargets()
                .get(Math.min(1, model.targets().waitTargets().size() - 1)).toMinutes());
        TableView<QueueLine> table = table(id, lines, List.of(
                column("supervisor.column.group", QueueLine::group, 200),
                column("supervisor.column.issued", QueueLine::issued, 80),
                column("supervisor.column.served", QueueLine::served, 80),
                column("supervisor.column.noShow", QueueLine::noShow, 90),
                column("supervisor.column.transferred", QueueLine::transferred, 80),
                column("supervisor.column.waitMean", QueueLine::waitMean, 95),
                column("supervisor.column.waitMedian", QueueLine::waitMedian, 95),
                column("supervisor.column.waitP90", QueueLine::waitP90, 95),
                column("supervisor.column.waitMax", QueueLine::waitMax, 95),
                titled(messages.format("supervisor.column.within", first), QueueLine::withinFirst, 95),
                titled(messages.format("supervisor.column.within", second), QueueLine::withinSecond, 95),
                column("supervisor.column.serviceMean", QueueLine::serviceMean, 95),
                column("supervisor.column.serviceMedian", QueueLine::serviceMedian, 95)));
        table.setPrefHeight(220);
        return table;
    }

    private Node satisfaction() {
        TableView<SatisfactionLine> byCounter = table("supervisorSatisfactionByCounter",
                model.satisfactionByCounter(), satisfactionColumns());
        byCounter.setPrefHeight(220);
        TableView<SatisfactionLine> byClerk = table("supervisorSatisfactionByClerk", model.satisfactionByClerk(),
                satisfactionColumns());
        byClerk.setPrefHeight(220);
        TableView<ReasonLine> reasons = table("supervisorReasons", model.reasons(), List.of(
                column("supervisor.column.reason", ReasonLine::reason, 320),
                column("supervisor.column.count", ReasonLine::count, 90)));
        reasons.setPrefHeight(160);
        VBox box = new VBox(8, section("supervisor.tab.byCounter"), byCounter, section("supervisor.tab.byClerk"),
                byClerk, section("supervisor.section.reasons"), reasons, note("supervisor.note.flagged"));
        box.getStyleClass().add("supervisor-tab");
        return scroll(box);
    }

    /** New columns each time: a column belongs to one table. */
    private List<TableColumn<SatisfactionLine, String>> satisfactionColumns() {
        return List.of(
                column("supervisor.column.group", SatisfactionLine::group, 200),
                column("supervisor.column.counted", SatisfactionLine::counted, 90),
                column("supervisor.column.verySatisfied", SatisfactionLine::verySatisfied, 110),
                column("supervisor.column.satisfied", SatisfactionLine::satisfied, 90),
                column("supervisor.column.neutral", SatisfactionLine::neutral, 90),
                column("supervisor.column.unsatisfied", SatisfactionLine::unsatisfied, 110),
                column("supervisor.column.satisfiedShare", SatisfactionLine::satisfiedShare, 110),
                column("supervisor.column.flagged", SatisfactionLine::flagged, 110));
    }

    private Node dossiers() {
        TableView<DossierLine> figures = table("supervisorDossierFigures", model.dossierFigures(), List.of(
                column("supervisor.report.figure", DossierLine::label, 300),
                column("supervisor.report.value", DossierLine::value, 140)));
        figures.setPrefHeight(330);
        Label score = new Label();
        score.setId("supervisorScore");
        score.getStyleClass().add("kpi-label");
        score.setWrapText(true);
        score.textProperty().bind(model.scoreTextProperty());
        TableView<ScoreLine> scorecard = table("supervisorScorecard", model.scorecard(), List.of(
                column("supervisor.column.indicator", ScoreLine::indicator, 380),
                column("supervisor.column.status", ScoreLine::status, 380),
                column("supervisor.column.value", ScoreLine::value, 90),
                column("supervisor.column.points", ScoreLine::points, 90)));
        scorecard.setPrefHeight(300);
        TableView<IntakeLine> intake = table("supervisorIntake", model.intake(), List.of(
                column("supervisor.column.clerk", IntakeLine::clerk, 140),
                column("supervisor.column.intake", IntakeLine::intake, 100),
                column("supervisor.column.projected", IntakeLine::projected, 140),
                column("supervisor.column.norms", IntakeLine::norms, 520)));
        intake.setPrefHeight(220);
        VBox box = new VBox(8, figures, note("supervisor.report.onTimeRule"), section("supervisor.tab.scorecard"),
                score, scorecard, section("supervisor.tab.intake"), intake, note("supervisor.report.intakeNote"));
        box.getStyleClass().add("supervisor-tab");
        return scroll(box);
    }

    private Node staffing() {
        TableView<StaffingLine> table = table("supervisorStaffing", model.staffing(), List.of(
                column("supervisor.column.slot", StaffingLine::slot, 80),
                column("supervisor.column.arrivals", StaffingLine::arrivals, 130),
                column("supervisor.column.serviceMean", StaffingLine::service, 110),
                column("supervisor.column.load", StaffingLine::load, 100),
                column("supervisor.column.needed", StaffingLine::needed, 165),
                column("supervisor.column.open", StaffingLine::open, 175),
                column("supervisor.column.modelWait", StaffingLine::modelWait, 170),
                column("supervisor.column.measuredWait", StaffingLine::measuredWait, 150)));
        table.setRowFactory(view -> warningRow(StaffingLine::understaffed));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, note("supervisor.staffing.model"), table);
        box.getStyleClass().add("supervisor-tab");
        return box;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Label note(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("muted-text");
        label.setWrapText(true);
        return label;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private static <T> TableRow<T> warningRow(Function<T, Boolean> warning) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(WARNING, !empty && item != null && warning.apply(item));
            }
        };
    }

    private <T> TableView<T> table(String id, ObservableList<T> items, List<TableColumn<T, String>> columns) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.getColumns().addAll(columns);
        Label empty = new Label(messages.get("supervisor.empty"));
        empty.getStyleClass().add("muted-text");
        table.setPlaceholder(empty);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return titled(messages.get(key), value, width);
    }

    private static <T> TableColumn<T, String> titled(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        column.setPrefWidth(width);
        return column;
    }

    private Button[] exportButtons() {
        Button xlsx = FormParts.secondaryButton("supervisorExportXlsx", messages.get("supervisor.action.exportXlsx"),
                () -> chooseAndExport("xlsx", "supervisor.chooser.xlsx", model::exportXlsx), model.busyProperty());
        xlsx.setTooltip(tip("supervisor.action.exportXlsx", EXPORT_XLSX));
        Button pdf = FormParts.secondaryButton("supervisorExportPdf", messages.get("supervisor.action.exportPdf"),
                () -> chooseAndExport("pdf", "supervisor.chooser.pdf", model::exportPdf), model.busyProperty());
        pdf.setTooltip(tip("supervisor.action.exportPdf", EXPORT_PDF));
        Button done = FormParts.secondaryButton("supervisorClose", messages.get("supervisor.action.close"), close,
                new javafx.beans.property.SimpleBooleanProperty(false));
        done.setTooltip(tip("supervisor.action.close", CLOSE));
        return new Button[] {xlsx, pdf, done};
    }

    private Tooltip tip(String actionKey, KeyCombination shortcut) {
        return new Tooltip(messages.format("main.tooltip.shortcut", messages.get(actionKey),
                shortcut.getDisplayText()));
    }

    private void chooseAndExport(String extension, String filterKey, Consumer<Path> export) {
        exports.choose(root, messages.get("supervisor.chooser.title"), messages.get(filterKey), extension,
                model.suggestedFileName(extension), export);
    }

    private void load() {
        DayPickers.commitTyped(false, day);
        DayPickers.commitTyped(false, last);
        model.load();
    }

    private void shortcut(KeyEvent event) {
        Runnable action = null;
        boolean idle = !model.busyProperty().get();
        if (REFRESH.match(event)) {
            action = () -> {
                load();
                model.refreshLive();
            };
        } else if (PREVIOUS.match(event) && idle) {
            action = model::previous;
        } else if (NEXT.match(event) && idle) {
            action = model::next;
        } else if (EXPORT_XLSX.match(event) && idle) {
            action = () -> chooseAndExport("xlsx", "supervisor.chooser.xlsx", model::exportXlsx);
        } else if (EXPORT_PDF.match(event) && idle) {
            action = () -> chooseAndExport("pdf", "supervisor.chooser.pdf", model::exportPdf);
        } else if (event.isShortcutDown() && event.getCode().isDigitKey()) {
            int index = event.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (index >= 0 && index < tabs.getTabs().size()) {
                action = () -> tabs.getSelectionModel().select(index);
            }
        } else if (CLOSE.match(event) && !day.isShowing() && !last.isShowing() && !kind.isShowing()) {
            action = close;
        }
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    private static void datePicker(DatePicker picker, String id) {
        DayPickers.prepare(picker, id);
    }


    /** Selects a tab: 0 live, 1 overview, 2 queue tables, 3 satisfaction, 4 dossiers and 766, 5 staffing. */
    public void select(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    public void focusPeriod() {
        kind.requestFocus();
    }

    public Parent root() {
        return root;
    }
}
