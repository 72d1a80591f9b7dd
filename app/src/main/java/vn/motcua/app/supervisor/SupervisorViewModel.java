package vn.motcua.app.supervisor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.queue.CounterNow;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.rating.UnhappyAlertRule;
import vn.motcua.core.rating.UnhappyStreak;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.statistics.Breakdown;
import vn.motcua.core.statistics.DossierFigures;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.OfficeStatistics;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.QueueFigures;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.SatisfactionFigures;
import vn.motcua.core.statistics.Scorecard;
import vn.motcua.core.statistics.StaffingAdvice;
import vn.motcua.core.statistics.StatisticsReport;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.devices.report.ReportPdf;
import vn.motcua.devices.statistics.StatisticsWorkbook;

/**
 * The supervisor's dashboard: the live queue (length and longest wait per service, counters, alerts), a period's
 * figures (queue, satisfaction, dossiers, Decision 766 scorecard, staffing model, intake per clerk), the data of
 * its charts, and the exports (quarterly report PDF, raw tables XLSX). Only supervisors and administrators get
 * one ({@link #forAccount}). Reading runs on the {@link TaskExecutor}; the live part refreshes itself every
 * {@link #LIVE_REFRESH}.
 */
public final class SupervisorViewModel {
    public static final Duration LIVE_REFRESH = Duration.ofSeconds(30);
    /** Centre mode: how soon the period's figures are read again while the centre's queue server is away. */
    public static final Duration RETRY_WHEN_AWAY = Duration.ofSeconds(15);
    /** Wait histogram: 5-minute bars, the last one "60 minutes and more". */
    static final Duration WAIT_BAR = Duration.ofMinutes(5);
    static final int WAIT_BARS = 13;
    private static final Logger LOG = LoggerFactory.getLogger(SupervisorViewModel.class);

    private final OfficeStatistics statistics;
    private final QueueDesk queue;
    private final QueueStore tickets;
    private final UnhappyAlertRule unhappyAlert;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final String agencyName;
    private final StatisticsTargets targets;
    private final Locale locale;

    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(this, "kind", Period.Kind.MONTH);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<LocalDate> customLast = new SimpleObjectProperty<>(this, "customLast");
    private final StringProperty periodText = new SimpleStringProperty(this, "periodText", "");
    private final Map<String, StringProperty> kpis = new HashMap<>();
    private final ObservableList<QueueLine> byService = FXCollections.observableArrayList();
    private final ObservableList<QueueLine> byCounter = FXCollections.observableArrayList();
    private final ObservableList<QueueLine> byClerk = FXCollections.observableArrayList();
    private final ObservableList<QueueLine> byHour = FXCollections.observableArrayList();
    private final ObservableList<SatisfactionLine> satisfactionByCounter = FXCollections.observableArrayList();
    private final ObservableList<SatisfactionLine> satisfactionByClerk = FXCollections.observableArrayList();
    private final ObservableList<ReasonLine> reasons = FXCollections.observableArrayList();
    private final ObservableList<DossierLine> dossierFigures = FXCollections.observableArrayList();
    private final ObservableList<ScoreLine> scorecard = FXCollections.observableArrayList();
    private final StringProperty scoreText = new SimpleStringProperty(this, "scoreText", "");
    private final ObservableList<StaffingLine> staffing = FXCollections.observableArrayList();
    private final ObservableList<IntakeLine> intake = FXCollections.observableArrayList();
    private final ObservableList<Bar> waitBars = FXCollections.observableArrayList();
    private final ObservableList<HourBar> hourBars = FXCollections.observableArrayList();
    private final ObservableList<Bar> satisfactionTrend = FXCollections.observableArrayList();
    private final ObservableList<Bar> onTimeTrend = FXCollections.observableArrayList();
    private final ObservableList<LiveServiceLine> liveServices = FXCollections.observableArrayList();
    private final ObservableList<LiveCounterLine> liveCounters = FXCollections.observableArrayList();
    private final ObservableList<String> alerts = FXCollections.observableArrayList();
    private final StringProperty liveTime = new SimpleStringProperty(this, "liveTime", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    private StatisticsReport shown;
    private TaskExecutor.Cancellable running;
    private TaskExecutor.Cancellable nextLive;
    private TaskExecutor.Cancellable retryLoad;
    private boolean stopped;
    /** Centre mode: the last read of the period, or of the live queue, found the centre's server away. */
    private boolean periodAway;
    private boolean liveAway;

    private SupervisorViewModel(OfficeStatistics statistics, QueueDesk queue, QueueStore tickets,
            StatisticsTargets targets, UnhappyAlertRule unhappyAlert, TaskExecutor executor, Messages messages,
            Clock clock, String agencyName) {
        this.unhappyAlert = Objects.requireNonNull(unhappyAlert, "unhappyAlert");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.agencyName = Objects.requireNonNull(agencyName, "agencyName");
        this.locale = messages.locale();
        LocalDate today = now().toLocalDate();
        day.set(today);
        customLast.set(today);
        for (String key : KPI_KEYS) {
            kpis.put(key, new SimpleStringProperty(this, key, Figures.NONE));
        }
    }

    /** The dashboard for a supervisor or an administrator; empty for anyone else. */
    public static Optional<SupervisorViewModel> forAccount(UserAccount account, OfficeStatistics statistics,
            QueueDesk queue, QueueStore tickets, StatisticsTargets targets, UnhappyAlertRule unhappyAlert,
            TaskExecutor executor, Messages messages, Clock clock, String agencyName) {
        if (!account.has(Role.SUPERVISOR) && !account.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new SupervisorViewModel(statistics, queue, tickets, targets, unhappyAlert, executor,
                messages, clock, agencyName));
    }

    /** Headline figures, by name: see {@link #kpi(String)}. */
    public static final List<String> KPI_KEYS = List.of("issued", "served", "noShow", "waitMean", "waitMedian",
            "waitP90", "waitMax", "withinFirst", "withinSecond", "serviceMean", "quote", "satisfied", "onTime",
            "received", "digitised", "reused");

    /** Loads the period and the live queue, then keeps the live queue fresh until {@link #stop()}. */
    public void start() {
        stopped = false;
        load();
        refreshLive();
    }

    public void stop() {
        stopped = true;
        if (nextLive != null) {
            nextLive.cancel();
        }
        if (running != null) {
            running.cancel();
        }
        if (retryLoad != null) {
            retryLoad.cancel();
        }
    }

    /** The period around the chosen day (or from it to the last day, for a custom period). */
    public Optional<Period> period() {
        LocalDate anchor = day.get();
        if (anchor == null) {
            return Optional.empty();
        }
        if (kind.get() == Period.Kind.CUSTOM) {
            LocalDate last = customLast.get();
            return last == null || last.isBefore(anchor) ? Optional.empty() : Optional.of(Period.custom(anchor, last));
        }
        return Optional.of(Period.of(kind.get(), anchor));
    }

    /**
     * Reads the chosen period's figures. While the centre's queue server is away (centre mode) the figures shown
     * stay, with a message saying so, and the period is read again every {@link #RETRY_WHEN_AWAY} until it succeeds.
     */
    public void load() {
        Optional<Period> chosen = period();
        if (chosen.isEmpty()) {
            error.set(messages.get("supervisor.error.period"));
            return;
        }
        if (running != null) {
            running.cancel();
        }
        if (retryLoad != null) {
            retryLoad.cancel();
        }
        busy.set(true);
        if (!periodAway && !liveAway) {
            error.set("");
        }
        notice.set("");
        Period period = chosen.get();
        running = executor.submit(() -> statistics.report(period, targets), report -> {
            busy.set(false);
            periodAway = false;
            show(report);
            showAway();
        }, failure -> {
            busy.set(false);
            if (queueAway(failure)) {
                LOG.warn("The centre's queue server is away; the statistics are read again in {} s",
                        RETRY_WHEN_AWAY.toSeconds());
                periodAway = true;
                showAway();
                if (!stopped) {
                    retryLoad = executor.schedule(RETRY_WHEN_AWAY, this::load);
                }
                return;
            }
            periodAway = false;
            LOG.warn("Reading the statistics failed", failure);
            error.set(messages.get("supervisor.error.load"));
        });
    }

    /** Centre mode: the queue's server or the LAN is away (a passing state, not a fault of the figures). */
    private static boolean queueAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueueUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** Says the centre's server is away while the period or the live queue found it so; clears that once back. */
    private void showAway() {
        String away = messages.get("supervisor.error.unavailable");
        if (periodAway || liveAway) {
            error.set(away);
        } else if (error.get().equals(away)) {
            error.set("");
        }
    }

    /** The period before the one shown, of the same kind. */
    public void previous() {
        period().ifPresent(p -> move(p.previous()));
    }

    /** The period after the one shown, of the same kind. */
    public void next() {
        period().ifPresent(p -> move(new Period(p.kind(), p.until(),
                p.until().plusDays(p.until().toEpochDay() - p.from().toEpochDay()))));
    }

    private void move(Period to) {
        day.set(to.from());
        if (to.kind() == Period.Kind.CUSTOM) {
            customLast.set(to.last());
        }
        load();
    }

    /** Writes the report of the period shown (figures, charts, scorecard, staffing model) as a PDF. */
    public void exportPdf(Path target) {
        StatisticsReport report = shown;
        if (report == null) {
            return;
        }
        Path file = withExtension(target, ".pdf");
        export(() -> {
            new ReportPdf().write(new SupervisorReport(messages, agencyName, serviceNames()).document(report), file);
            return file;
        });
    }

    /** Writes the records behind the period shown (tickets, services, ratings, dossiers) as an Excel workbook. */
    public void exportXlsx(Path target) {
        StatisticsReport report = shown;
        if (report == null) {
            return;
        }
        Path file = withExtension(target, ".xlsx");
        export(() -> {
            new StatisticsWorkbook(report.madeAt()).write(statistics.records(report.period()), agencyName, file);
            return file;
        });
    }

    private void export(java.util.concurrent.Callable<Path> work) {
        busy.set(true);
        error.set("");
        notice.set("");
        executor.submit(work, file -> {
            busy.set(false);
            notice.set(messages.format("supervisor.exported", file.getFileName().toString()));
        }, failure -> {
            busy.set(false);
            LOG.warn("Exporting the statistics failed", failure);
            error.set(messages.get("supervisor.error.export"));
        });
    }

    /** A file name for the chooser, e.g. {@code thong-ke_01-10-2026_31-12-2026.pdf}. */
    public String suggestedFileName(String extension) {
        Period period = shown != null ? shown.period() : period().orElse(Period.day(now().toLocalDate()));
        return "thong-ke_" + fileDate(period.from()) + "_" + fileDate(period.last()) + "." + extension;
    }

    /** Reads the queue as it is now: waiting per service, counters, alerts. */
    public void refreshLive() {
        if (nextLive != null) {
            nextLive.cancel();
        }
        executor.submit(this::readLive, live -> {
            liveAway = false;
            showLive(live);
            showAway();
            if (periodAway && !busy.get()) {
                load(); // the server is back: the period's figures need not wait for their retry
            }
        }, failure -> {
            if (queueAway(failure)) {
                LOG.warn("The centre's queue server is away; the live queue is read again in {} s",
                        LIVE_REFRESH.toSeconds());
                liveAway = true;
                showAway();
            } else {
                LOG.warn("Reading the live queue failed", failure);
                error.set(messages.get("supervisor.error.live"));
            }
            scheduleLive();
        });
    }

    private record Live(LocalDateTime at, List<QueueService> services, List<Ticket> waiting,
            List<CounterNow> counters, List<UnhappyStreak> unhappy) {
    }

    private Live readLive() {
        LocalDateTime at = now();
        List<CounterNow> counters = queue.counters();
        return new Live(at, queue.configuration().services(), tickets.tickets(at.toLocalDate(), TicketStatus.WAITING),
                counters, unhappyCounters(counters, at));
    }

    /** The counters where the configured unhappy-streak rule (the counter panel's) raises its alert now. */
    private List<UnhappyStreak> unhappyCounters(List<CounterNow> counters, LocalDateTime at) {
        return counters.stream().map(counter -> unhappyAlert.check(counter.counter(),
                tickets.ratings(counter.counter(), unhappyAlert.periodStart(at)), at))
                .filter(UnhappyStreak::alert).toList();
    }

    private void showLive(Live live) {
        Duration limit = targets.waitTargets().stream().max(Comparator.naturalOrder()).orElseThrow();
        List<LiveServiceLine> services = new ArrayList<>();
        List<String> raised = new ArrayList<>();
        for (QueueService service : live.services()) {
            List<Ticket> waiting = live.waiting().stream().filter(t -> t.service().equals(service.id())).toList();
            Optional<Duration> longest = waiting.stream().map(t -> Duration.between(t.issuedAt(), live.at()))
                    .max(Comparator.naturalOrder());
            boolean over = longest.map(d -> d.compareTo(limit) > 0).orElse(false);
            services.add(new LiveServiceLine(service.name(), Figures.count(waiting.size(), locale),
                    longest.map(d -> Figures.duration(d.toSeconds())).orElse(Figures.NONE), over));
            if (over) {
                raised.add(messages.format("supervisor.alert.wait", service.name(),
                        Figures.duration(longest.get().toSeconds()), Figures.duration(limit.toSeconds())));
            }
        }
        List<LiveCounterLine> counters = new ArrayList<>();
        for (CounterNow counter : live.counters()) {
            String state = counter.paused() ? messages.get("supervisor.live.paused")
                    : counter.current().map(t -> t.status() == TicketStatus.SERVING
                            ? messages.get("supervisor.live.serving") : messages.get("supervisor.live.calling"))
                            .orElse(messages.get("supervisor.live.free"));
            counters.add(new LiveCounterLine(counter.name(), state,
                    counter.current().map(t -> t.number().toString()).orElse("")));
        }
        live.unhappy().forEach(streak -> raised.add(messages.format("supervisor.alert.unhappy",
                Integer.toString(streak.counter()), Integer.toString(streak.unhappy()), Integer.toString(streak.ratings()),
                Long.toString(unhappyAlert.period().toMinutes()))));
        liveServices.setAll(services);
        liveCounters.setAll(counters);
        alerts.setAll(raised);
        liveTime.set(messages.format("supervisor.live.at", messages.dateTime(live.at())));
        scheduleLive();
    }

    private void scheduleLive() {
        if (!stopped) {
            nextLive = executor.schedule(LIVE_REFRESH, this::refreshLive);
        }
    }

    private void show(StatisticsReport report) {
        shown = report;
        Period period = report.period();
        periodText.set(messages.format("supervisor.period.shown", messages.date(period.from()),
                messages.date(period.last())));
        OfficeFigures figures = report.figures();
        QueueFigures total = figures.queue(GroupKey.TOTAL);
        SatisfactionFigures ratings = figures.satisfaction(GroupKey.TOTAL);
        DossierFigures dossiers = figures.dossiers(GroupKey.TOTAL);
        kpi("issued").set(Figures.count(total.issued(), locale));
        kpi("served").set(Figures.count(total.served(), locale));
        kpi("noShow").set(Figures.percent(total.noShowShare(), locale));
        kpi("waitMean").set(Figures.duration(total.waits().mean()));
        kpi("waitMedian").set(Figures.duration(total.waits().median()));
        kpi("waitP90").set(Figures.duration(total.waits().p90()));
        kpi("waitMax").set(Figures.duration(total.waits().max()));
        kpi("withinFirst").set(Figures.percent(total.waitedAtMost(firstTarget()), locale));
        kpi("withinSecond").set(Figures.percent(total.waitedAtMost(secondTarget()), locale));
        kpi("serviceMean").set(Figures.duration(total.services().mean()));
        kpi("quote").set(Figures.percent(total.quoteWithinShare(), locale));
        kpi("satisfied").set(Figures.percent(ratings.satisfiedShare(), locale));
        kpi("onTime").set(Figures.percent(dossiers.onTimeShare(), locale));
        kpi("received").set(Figures.count(dossiers.received(), locale));
        kpi("digitised").set(Figures.percent(dossiers.digitisedShare(), locale));
        kpi("reused").set(Figures.percent(dossiers.reusedShare(), locale));
        byService.setAll(queueLines(figures, Breakdown.SERVICE));
        byCounter.setAll(queueLines(figures, Breakdown.COUNTER));
        byClerk.setAll(queueLines(figures, Breakdown.CLERK));
        byHour.setAll(queueLines(figures, Breakdown.HOUR));
        satisfactionByCounter.setAll(satisfactionLines(figures, Breakdown.COUNTER));
        satisfactionByClerk.setAll(satisfactionLines(figures, Breakdown.CLERK));
        reasons.setAll(ratings.reasons().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ReasonLine(e.getKey().isEmpty() ? messages.get("supervisor.reason.none") : e.getKey(),
                        Figures.count(e.getValue(), locale)))
                .toList());
        dossierFigures.setAll(dossierLines(dossiers));
        showScorecard(report.scorecard());
        staffing.setAll(staffingLines(report.staffing()));
        intake.setAll(report.productivity().stream()
                .map(p -> IntakeLine.of(p, targets, messages, locale)).toList());
        showCharts(figures);
    }

    private Duration firstTarget() {
        return targets.waitTargets().getFirst();
    }

    private Duration secondTarget() {
        return targets.waitTargets().get(Math.min(1, targets.waitTargets().size() - 1));
    }

    private Map<String, String> serviceNames() {
        Map<String, String> names = new HashMap<>();
        queue.configuration().services().forEach(s -> names.put(s.id().value(), s.name()));
        return names;
    }

    List<QueueLine> queueLines(OfficeFigures figures, Breakdown breakdown) {
        Map<String, String> serviceNames = serviceNames();
        return figures.groups(figures.queue(), breakdown).entrySet().stream().map(e -> {
            QueueFigures q = e.getValue();
            String group = switch (breakdown) {
                case SERVICE -> serviceNames.getOrDefault(e.getKey().value(), e.getKey().value());
                case COUNTER -> messages.format("common.counter", Integer.parseInt(e.getKey().value()));
                case HOUR -> e.getKey().value() + ":00–" + e.getKey().value() + ":59";
                default -> e.getKey().value();
            };
            return new QueueLine(group, Figures.count(q.issued(), locale), Figures.count(q.served(), locale),
                    Figures.percent(q.noShowShare(), locale), Figures.count(q.transferred(), locale),
                    Figures.duration(q.waits().mean()), Figures.duration(q.waits().median()),
                    Figures.duration(q.waits().p90()), Figures.duration(q.waits().max()),
                    Figures.percent(q.waitedAtMost(firstTarget()), locale),
                    Figures.percent(q.waitedAtMost(secondTarget()), locale),
                    Figures.duration(q.services().mean()), Figures.duration(q.services().median()));
        }).toList();
    }

    private List<SatisfactionLine> satisfactionLines(OfficeFigures figures, Breakdown breakdown) {
        return figures.groups(figures.satisfaction(), breakdown).entrySet().stream().map(e -> {
            SatisfactionFigures s = e.getValue();
            String group = breakdown == Breakdown.COUNTER
                    ? messages.format("common.counter", Integer.parseInt(e.getKey().value())) : e.getKey().value();
            return new SatisfactionLine(group, Figures.count(s.counted(), locale),
                    Figures.count(s.count(RatingRecord.Level.VERY_SATISFIED), locale),
                    Figures.count(s.count(RatingRecord.Level.SATISFIED), locale),
                    Figures.count(s.count(RatingRecord.Level.NEUTRAL), locale),
                    Figures.count(s.count(RatingRecord.Level.UNSATISFIED), locale),
                    Figures.percent(s.satisfiedShare(), locale), Figures.count(s.flaggedTotal(), locale));
        }).toList();
    }

    private List<DossierLine> dossierLines(DossierFigures d) {
        return List.of(
                new DossierLine(messages.get("supervisor.dossier.received"), Figures.count(d.received(), locale)),
                new DossierLine(messages.get("supervisor.dossier.intake"), Figures.count(d.intake(), locale)),
                new DossierLine(messages.get("supervisor.dossier.supplements"),
                        Figures.count(d.supplementRequests(), locale)),
                new DossierLine(messages.get("supervisor.dossier.refused"), Figures.count(d.refused(), locale)),
                new DossierLine(messages.get("supervisor.dossier.ended"), Figures.count(d.ended(), locale)),
                new DossierLine(messages.get("supervisor.dossier.onTime"), Figures.count(d.onTime(), locale)
                        + " (" + Figures.percent(d.onTimeShare(), locale) + ")"),
                new DossierLine(messages.get("supervisor.dossier.lateByTime"), Figures.count(d.lateByTime(), locale)),
                new DossierLine(messages.get("supervisor.dossier.lateBySupplements"),
                        Figures.count(d.lateBySupplements(), locale)),
                new DossierLine(messages.get("supervisor.dossier.returned"), Figures.count(d.returned(), locale)),
                new DossierLine(messages.get("supervisor.dossier.digitised"),
                        Figures.percent(d.digitisedShare(), locale)),
                new DossierLine(messages.get("supervisor.dossier.reused"), Figures.percent(d.reusedShare(), locale)),
                new DossierLine(messages.get("supervisor.dossier.nationalStore"),
                        Figures.percent(d.nationalStoreShare(), locale)));
    }

    private void showScorecard(Scorecard card) {
        scorecard.setAll(card.lines().stream().map(line -> new ScoreLine(line.indicator().name(locale),
                status(line.status()) + (line.status() == Scorecard.Status.NOT_COMPUTABLE
                        ? ": " + line.indicator().reason(locale) : ""),
                Figures.percent(line.value(), locale),
                line.points().isPresent()
                        ? Figures.decimal(line.points().getAsDouble(), locale) + " / "
                                + Figures.decimal(line.indicator().points(), locale)
                        : "– / " + Figures.decimal(line.indicator().points(), locale)))
                .toList());
        scoreText.set(messages.format("supervisor.score.summary", Figures.decimal(card.earned(), locale),
                Figures.decimal(card.scoredOutOf(), locale), Figures.decimal(card.notComputable(), locale),
                card.definition().version()));
    }

    String status(Scorecard.Status status) {
        return switch (status) {
            case SCORED -> messages.get("supervisor.score.scored");
            case NO_DATA -> messages.get("supervisor.score.noData");
            case NOT_COMPUTABLE -> messages.get("supervisor.score.notComputable");
        };
    }

    private List<StaffingLine> staffingLines(StaffingAdvice advice) {
        return advice.intervals().stream().filter(i -> i.arrivalsPerHour() > 0 || i.countersOpen() > 0)
                .map(i -> new StaffingLine(i.start().toString(), Figures.decimal(i.arrivalsPerHour(), locale),
                        Figures.duration(i.meanServiceSeconds()), Figures.decimal(i.offeredLoad(), locale),
                        i.countersNeeded().isPresent() ? Integer.toString(i.countersNeeded().getAsInt()) : Figures.NONE,
                        Figures.decimal(i.countersOpen(), locale), Figures.duration(i.modelMeanWaitSeconds()),
                        Figures.duration(i.measuredMeanWaitSeconds()), i.understaffed()))
                .toList();
    }


    private void showCharts(OfficeFigures figures) {
        QueueFigures total = figures.queue(GroupKey.TOTAL);
        long[] buckets = total.waits().buckets(WAIT_BAR, WAIT_BARS);
        List<Bar> bars = new ArrayList<>();
        long width = WAIT_BAR.toMinutes();
        for (int i = 0; i < buckets.length; i++) {
            String label = i == buckets.length - 1 ? "≥" + (i * width) : (i * width) + "–" + ((i + 1) * width);
            bars.add(new Bar(label, buckets[i]));
        }
        waitBars.setAll(bars);
        hourBars.setAll(figures.groups(figures.queue(), Breakdown.HOUR).entrySet().stream()
                .map(e -> new HourBar(e.getKey().value() + "h", e.getValue().issued(),
                        e.getValue().servicesFinished()))
                .toList());
        satisfactionTrend.setAll(figures.groups(figures.satisfaction(), Breakdown.DAY).entrySet().stream()
                .filter(e -> e.getValue().satisfiedShare().isPresent())
                .map(e -> new Bar(dayLabel(e.getKey()), 100 * e.getValue().satisfiedShare().getAsDouble()))
                .toList());
        onTimeTrend.setAll(figures.groups(figures.dossiers(), Breakdown.DAY).entrySet().stream()
                .filter(e -> e.getValue().onTimeShare().isPresent())
                .map(e -> new Bar(dayLabel(e.getKey()), 100 * e.getValue().onTimeShare().getAsDouble()))
                .toList());
    }

    private static String dayLabel(GroupKey key) {
        LocalDate date = LocalDate.parse(key.value());
        return String.format("%02d/%02d", date.getDayOfMonth(), date.getMonthValue());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Messages.OFFICE_ZONE));
    }

    private static String fileDate(LocalDate day) {
        return "%02d-%02d-%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    static Path withExtension(Path target, String extension) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? target : target.resolveSibling(name + extension);
    }

    /** The report on screen, if one was read. */
    public Optional<StatisticsReport> shown() {
        return Optional.ofNullable(shown);
    }

    public StatisticsTargets targets() {
        return targets;
    }

    public StringProperty kpi(String name) {
        StringProperty property = kpis.get(name);
        if (property == null) {
            throw new IllegalArgumentException("No headline figure " + name);
        }
        return property;
    }

    public ObjectProperty<Period.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<LocalDate> customLastProperty() {
        return customLast;
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText;
    }

    public ObservableList<QueueLine> byService() {
        return byService;
    }

    public ObservableList<QueueLine> byCounter() {
        return byCounter;
    }

    public ObservableList<QueueLine> byClerk() {
        return byClerk;
    }

    /** By hour of the day: tickets by the hour they were issued, services by the hour they were called. */
    public ObservableList<QueueLine> byHour() {
        return byHour;
    }

    public ObservableList<SatisfactionLine> satisfactionByCounter() {
        return satisfactionByCounter;
    }

    public ObservableList<SatisfactionLine> satisfactionByClerk() {
        return satisfactionByClerk;
    }

    public ObservableList<ReasonLine> reasons() {
        return reasons;
    }

    public ObservableList<DossierLine> dossierFigures() {
        return dossierFigures;
    }

    public ObservableList<ScoreLine> scorecard() {
        return scorecard;
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText;
    }

    public ObservableList<StaffingLine> staffing() {
        return staffing;
    }

    public ObservableList<IntakeLine> intake() {
        return intake;
    }

    public ObservableList<Bar> waitBars() {
        return waitBars;
    }

    public ObservableList<HourBar> hourBars() {
        return hourBars;
    }

    public ObservableList<Bar> satisfactionTrend() {
        return satisfactionTrend;
    }

    public ObservableList<Bar> onTimeTrend() {
        return onTimeTrend;
    }

    public ObservableList<LiveServiceLine> liveServices() {
        return liveServices;
    }

    public ObservableList<LiveCounterLine> liveCounters() {
        return liveCounters;
    }

    public ObservableList<String> alerts() {
        return alerts;
    }

    public ReadOnlyStringProperty liveTimeProperty() {
        return liveTime;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
