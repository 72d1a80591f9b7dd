package vn.motcua.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Each day of the period on its own, an empty day too (so a store can keep it and not read it again): a ticket on
     * the day it was issued, a service leg on the day it finished, a rating on its day, a dossier on each day of the
     * period it was received, processed, refused or returned.
     */
    public Map<LocalDate, OfficeFigures> figuresByDay(StatisticsTargets targets) {
        Map<LocalDate, OfficeFigures.Builder> builders = new HashMap<>();
        period.days().forEach(day -> builders.put(day, new OfficeFigures.Builder(Period.day(day), targets)));
        for (TicketVisit visit : tickets) {
            builders.get(visit.issuedAt().toLocalDate()).add(visit);
        }
        for (ServiceLeg leg : services) {
            LocalDate day = leg.finishedAt().toLocalDate();
            if (period.contains(day)) {
                builders.get(day).add(leg);
            }
        }
        for (RatingRecord rating : ratings) {
            builders.get(rating.at().toLocalDate()).add(rating);
        }
        for (DossierRecord dossier : dossiers) {
            List<LocalDate> days = new ArrayList<>(4);
            days.add(dossier.receivedAt().toLocalDate());
            dossier.processedAt().ifPresent(at -> days.add(at.toLocalDate()));
            dossier.refusedAt().ifPresent(at -> days.add(at.toLocalDate()));
            dossier.returnedAt().ifPresent(at -> days.add(at.toLocalDate()));
            days.stream().distinct().filter(period::contains).forEach(day -> builders.get(day).add(dossier));
        }
        Map<LocalDate, OfficeFigures> figures = new HashMap<>();
        builders.forEach((day, builder) -> figures.put(day, builder.build()));
        return figures;
    }
}
