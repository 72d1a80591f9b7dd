package vn.motcua.app.supervisor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.app.i18n.Messages;
import vn.motcua.core.statistics.Breakdown;
import vn.motcua.core.statistics.DossierFigures;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.QueueFigures;
import vn.motcua.core.statistics.SatisfactionFigures;
import vn.motcua.core.statistics.Scorecard;
import vn.motcua.core.statistics.StaffingAdvice;
import vn.motcua.core.statistics.StatisticsReport;
import vn.motcua.devices.report.ReportDocument;

/**
 * The printable report of a period (the quarterly report to the leadership): headline figures, the wait
 * distribution and hourly load charts, per-service and per-counter tables, satisfaction, dossiers, the Decision 766
 * scorecard with what the desk cannot compute, the staffing model and intake per clerk, in the reader's language.
 */
final class SupervisorReport {
    private final Messages messages;
    private final String agencyName;
    private final Locale locale;
    private final Map<String, String> serviceNames;

    /** @param serviceNames queue service names by id, for the per-service table */
    SupervisorReport(Messages messages, String agencyName, Map<String, String> serviceNames) {
        this.messages = messages;
        this.agencyName = agencyName;
        this.locale = messages.locale();
        this.serviceNames = Map.copyOf(serviceNames);
    }

    ReportDocument document(StatisticsReport report) {
        OfficeFigures figures = report.figures();
        QueueFigures total = figures.queue(GroupKey.TOTAL);
        SatisfactionFigures ratings = figures.satisfaction(GroupKey.TOTAL);
        DossierFigures dossiers = figures.dossiers(GroupKey.TOTAL);
        Duration first = report.targets().waitTargets().getFirst();
        Duration second = report.targets().waitTargets().get(Math.min(1, report.targets().waitTargets().size() - 1));
        List<ReportDocument.Section> sections = new ArrayList<>();
        sections.add(table(messages.get("supervisor.report.headline"), List.of(
                messages.get("supervisor.report.figure"), messages.get("supervisor.report.value")), List.of(3.0, 1.5),
                List.of(
                        row("supervisor.kpi.issued", Figures.count(total.issued(), locale)),
                        row("supervisor.kpi.served", Figures.count(total.served(), locale)),
                        row("supervisor.kpi.noShow", Figures.percent(total.noShowShare(), locale)),
                        row("supervisor.kpi.waitMean", Figures.duration(total.waits().mean())),
                        row("supervisor.kpi.waitMedian", Figures.duration(total.waits().median())),
                        row("supervisor.kpi.waitP90", Figures.duration(total.waits().p90())),
                        row("supervisor.kpi.waitMax", Figures.duration(total.waits().max())),
                        List.of(messages.format("supervisor.kpi.within", first.toMinutes()),
                                Figures.percent(total.waitedAtMost(first), locale)),
                        List.of(messages.format("supervisor.kpi.within", second.toMinutes()),
                                Figures.percent(total.waitedAtMost(second), locale)),
                        row("supervisor.kpi.serviceMean", Figures.duration(total.services().mean())),
                        row("supervisor.kpi.quote", Figures.percent(total.quoteWithinShare(), locale)),
                        row("supervisor.kpi.satisfied", Figures.percent(ratings.satisfiedShare(), locale)),
                        row("supervisor.kpi.onTime", Figures.percent(dossiers.onTimeShare(), locale)),
                        row("supervisor.kpi.received", Figures.count(dossiers.received(), locale)),
                        row("supervisor.kpi.digitised", Figures.percent(dossiers.digitisedShare(), locale)),
                        row("supervisor.kpi.reused", Figures.percent(dossiers.reusedShare(), locale))),
                messages.get("supervisor.report.definitions")));
        long[] buckets = total.waits().buckets(SupervisorViewModel.WAIT_BAR, SupervisorViewModel.WAIT_BARS);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        long width = SupervisorViewModel.WAIT_BAR.toMinutes();
        for (int i = 0; i < buckets.length; i++) {
            labels.add(i == buckets.length - 1 ? "≥" + i * width : i * width + "–" + (i + 1) * width);
            values.add((double) buckets[i]);
        }
        sections.add(new ReportDocument.BarChart(messages.get("supervisor.chart.waits"), labels,
                List.of(new ReportDocument.Series(messages.get("supervisor.chart.tickets"), values)),
                messages.get("supervisor.chart.ticketsUnit")));
        var hours = figures.groups(figures.queue(), Breakdown.HOUR);
        sections.add(new ReportDocument.BarChart(messages.get("supervisor.chart.hourly"),
                hours.keySet().stream().map(k -> k.value() + "h").toList(),
                List.of(new ReportDocument.Series(messages.get("supervisor.chart.issued"),
                                hours.values().stream().map(q -> (double) q.issued()).toList()),
                        new ReportDocument.Series(messages.get("supervisor.chart.served"),
                                hours.values().stream().map(q -> (double) q.servicesFinished()).toList())),
                messages.get("supervisor.chart.ticketsUnit")));
        sections.add(queueTable(messages.get("supervisor.tab.byService"), figures, Breakdown.SERVICE, first, second));
        sections.add(queueTable(messages.get("supervisor.tab.byCounter"), figures, Breakdown.COUNTER, first, second));
        sections.add(satisfaction(figures));
        sections.add(table(messages.get("supervisor.tab.dossiers"), List.of(messages.get("supervisor.report.figure"),
                messages.get("supervisor.report.value")), List.of(3.0, 1.5), List.of(
                        row("supervisor.dossier.received", Figures.count(dossiers.received(), locale)),
                        row("supervisor.dossier.intake", Figures.count(dossiers.intake(), locale)),
                        row("supervisor.dossier.supplements", Figures.count(dossiers.supplementRequests(), locale)),
                        row("supervisor.dossier.refused", Figures.count(dossiers.refused(), locale)),
                        row("supervisor.dossier.ended", Figures.count(dossiers.ended(), locale)),
                        row("supervisor.dossier.onTime", Figures.count(dossiers.onTime(), locale) + " ("
                                + Figures.percent(dossiers.onTimeShare(), locale) + ")"),
                        row("supervisor.dossier.lateByTime", Figures.count(dossiers.lateByTime(), locale)),
                        row("supervisor.dossier.lateBySupplements", Figures.count(dossiers.lateBySupplements(), locale)),
                        row("supervisor.dossier.returned", Figures.count(dossiers.returned(), locale)),
                        row("supervisor.dossier.digitised", Figures.percent(dossiers.digitisedShare(), locale)),
                        row("supervisor.dossier.reused", Figures.percent(dossiers.reusedShare(), locale)),
                        row("supervisor.dossier.nationalStore", Figures.percent(dossiers.nationalStoreShare(), locale))),
                messages.get("supervisor.report.onTimeRule")));
        sections.add(scorecard(report.scorecard()));
        sections.add(staffing(report.staffing()));
        sections.add(table(messages.get("supervisor.tab.intake"), List.of(messages.get("supervisor.column.clerk"),
                messages.get("supervisor.column.intake"), messages.get("supervisor.column.projected"),
                messages.get("supervisor.column.norms")), List.of(1.2, 1.0, 1.2, 3.5),
                report.productivity().stream()
                        .map(p -> Lines.IntakeLine.of(p, report.targets(), messages, locale))
                        .map(line -> List.of(line.clerk(), line.intake(), line.projected(), line.norms())).toList(),
                messages.get("supervisor.report.intakeNote")));
        String reference = messages.format("supervisor.report.reference", messages.date(report.period().from()),
                messages.date(report.period().last()));
        return new ReportDocument(messages.get("supervisor.report.title"), List.of(agencyName,
                messages.format("supervisor.period.shown", messages.date(report.period().from()),
                        messages.date(report.period().last())),
                messages.format("supervisor.report.madeAt", messages.dateTime(report.madeAt()))), sections, reference);
    }


    private List<String> row(String key, String value) {
        return List.of(messages.get(key), value);
    }

    private static ReportDocument.Table table(String title, List<String> headers, List<Double> widths,
            List<List<String>> rows, String note) {
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            numeric.add(i > 0);
        }
        return new ReportDocument.Table(title, headers, widths, numeric, rows, note);
    }

    private ReportDocument.Table queueTable(String title, OfficeFigures figures, Breakdown breakdown, Duration first,
            Duration second) {
        List<List<String>> rows = figures.groups(figures.queue(), breakdown).entrySet().stream().map(e -> {
            QueueFigures q = e.getValue();
            String group = switch (breakdown) {
                case COUNTER -> messages.format("common.counter", Integer.parseInt(e.getKey().value()));
                case SERVICE -> serviceNames.getOrDefault(e.getKey().value(), e.getKey().value());
                default -> e.getKey().value();
            };
            return List.of(group, Figures.count(q.issued(), locale), Figures.count(q.served(), locale),
                    Figures.percent(q.noShowShare(), locale), Figures.duration(q.waits().mean()),
                    Figures.duration(q.waits().median()), Figures.duration(q.waits().p90()),
                    Figures.duration(q.waits().max()), Figures.percent(q.waitedAtMost(first), locale),
                    Figures.percent(q.waitedAtMost(second), locale), Figures.duration(q.services().mean()));
        }).toList();
        return table(title, List.of(messages.get("supervisor.column.group"), messages.get("supervisor.column.issued"),
                messages.get("supervisor.column.served"), messages.get("supervisor.column.noShow"),
                messages.get("supervisor.column.waitMean"), messages.get("supervisor.column.waitMedian"),
                messages.get("supervisor.column.waitP90"), messages.get("supervisor.column.waitMax"),
                messages.format("supervisor.column.within", first.toMinutes()),
                messages.format("supervisor.column.within", second.toMinutes()),
                messages.get("supervisor.column.serviceMean")),
                List.of(1.6, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9), rows, "");
    }

    private ReportDocument.Table satisfaction(OfficeFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        figures.groups(figures.satisfaction(), Breakdown.COUNTER).forEach((key, s) -> rows.add(List.of(
                messages.format("common.counter", Integer.parseInt(key.value())), Figures.count(s.counted(), locale),
                Figures.percent(s.satisfiedShare(), locale), Figures.percent(s.unsatisfiedShare(), locale),
                Figures.count(s.flaggedTotal(), locale))));
        SatisfactionFigures total = figures.satisfaction(GroupKey.TOTAL);
        String reasons = total.reasons().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> (e.getKey().isEmpty() ? messages.get("supervisor.reason.none") : e.getKey()) + ": "
                        + e.getValue())
                .reduce((a, b) -> a + "; " + b).orElse(Figures.NONE);
        return table(messages.get("supervisor.tab.satisfaction"), List.of(messages.get("supervisor.column.group"),
                messages.get("supervisor.column.counted"), messages.get("supervisor.column.satisfiedShare"),
                messages.get("supervisor.column.unsatisfiedShare"), messages.get("supervisor.column.flagged")),
                List.of(1.5, 1.0, 1.0, 1.0, 1.0), rows, messages.format("supervisor.report.reasons", reasons));
    }

    private ReportDocument.Table scorecard(Scorecard card) {
        List<List<String>> rows = card.lines().stream().map(line -> List.of(line.indicator().name(locale),
                switch (line.status()) {
                    case SCORED -> messages.get("supervisor.score.scored");
                    case NO_DATA -> messages.get("supervisor.score.noData");
                    case NOT_COMPUTABLE -> messages.get("supervisor.score.notComputable") + ": "
                            + line.indicator().reason(locale);
                },
                Figures.percent(line.value(), locale),
                (line.points().isPresent() ? Figures.decimal(line.points().getAsDouble(), locale) : "–") + " / "
                        + Figures.decimal(line.indicator().points(), locale))).toList();
        return table(messages.get("supervisor.tab.scorecard"), List.of(messages.get("supervisor.column.indicator"),
                messages.get("supervisor.column.status"), messages.get("supervisor.column.value"),
                messages.get("supervisor.column.points")), List.of(3.0, 2.6, 0.8, 0.9), rows,
                messages.format("supervisor.score.summary", Figures.decimal(card.earned(), locale),
                        Figures.decimal(card.scoredOutOf(), locale), Figures.decimal(card.notComputable(), locale),
                        card.definition().version()));
    }

    private ReportDocument.Table staffing(StaffingAdvice advice) {
        List<List<String>> rows = advice.intervals().stream()
                .filter(i -> i.arrivalsPerHour() > 0 || i.countersOpen() > 0)
                .map(i -> List.of(i.start().toString() + (i.understaffed() ? " ⚠" : ""),
                        Figures.decimal(i.arrivalsPerHour(), locale), Figures.duration(i.meanServiceSeconds()),
                        Figures.decimal(i.offeredLoad(), locale),
                        i.countersNeeded().isPresent() ? Integer.toString(i.countersNeeded().getAsInt()) : Figures.NONE,
                        Figures.decimal(i.countersOpen(), locale), Figures.duration(i.modelMeanWaitSeconds()),
                        Figures.duration(i.measuredMeanWaitSeconds())))
                .toList();
        return table(messages.get("supervisor.tab.staffing"), List.of(messages.get("supervisor.column.slot"),
                messages.get("supervisor.column.arrivals"), messages.get("supervisor.column.serviceMean"),
                messages.get("supervisor.column.load"), messages.get("supervisor.column.needed"),
                messages.get("supervisor.column.open"), messages.get("supervisor.column.modelWait"),
                messages.get("supervisor.column.measuredWait")), List.of(1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0),
                rows, messages.get("supervisor.staffing.model"));
    }
}
