package vn.motcua.core.statistics;

/**
 * Where statistics come from: the desk's own records (the offline store). Implementations may keep the figures
 * of closed days so that a long period is a sum of stored days, but must give the same figures as
 * {@link StatisticsRecords#figures} over {@link #records}.
 */
public interface StatisticsSource {
    /** The period's figures, the current day included up to now. */
    OfficeFigures figures(Period period, StatisticsTargets targets);

    /** Every record of the period: tickets issued, services finished, ratings pressed, dossiers with an event. */
    StatisticsRecords records(Period period);
}
