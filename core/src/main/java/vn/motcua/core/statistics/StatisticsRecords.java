package vn.motcua.core.statistics;

import java.util.List;

/** The records behind a period's figures, for the raw-table export and for checking figures by hand. */
public record StatisticsRecords(Period period, List<TicketVisit> tickets, List<ServiceLeg> services,
        List<RatingRecord> ratings, List<DossierRecord> dossiers) {
    public StatisticsRecords {
        tickets = List.copyOf(tickets);
        services = List.copyOf(services);
        ratings = List.copyOf(ratings);
        dossiers = List.copyOf(dossiers);
    }

    /** Adds the records up into the period's figures. */
    public OfficeFigures figures(StatisticsTargets targets) {
        OfficeFigures.Builder builder = new OfficeFigures.Builder(period, targets);
        tickets.forEach(builder::add);
        services.forEach(builder::add);
        ratings.forEach(builder::add);
        dossiers.forEach(builder::add);
        return builder.build();
    }
}
