package vn.motcua.centre;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.statistics.DossierRecord;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.StatisticsRecords;
import vn.motcua.core.statistics.StatisticsSource;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.sqlite.SqliteStatistics;

/**
 * The supervisor's statistics in centre mode: the whole centre's queue (tickets with their events, hence waits and
 * services of every counter) and ratings from the centre's PostgreSQL server, and the dossiers of <em>this desk
 * only</em>, from its own SQLite offline store. Dossiers are not shared in centre mode (each counter takes its
 * dossiers in, keeps them and syncs them to the province itself), so the dossier figures shown on a desk of a centre
 * cover that counter's dossiers, not the centre's; the queue and rating figures cover the whole centre.
 *
 * <p>No day is kept: every question reads its period's records (the same queries as single-PC mode,
 * {@link vn.motcua.store.sql.QueueStatisticsRows}) and adds them up with {@link StatisticsRecords#figures}, so the
 * figures are exactly those of single-PC mode for the same records. The server read is one snapshot; the desk's
 * dossiers are read just after it, from another database.
 *
 * <p>While the server is away, both methods throw {@link vn.motcua.core.queue.QueueUnavailableException}: figures
 * without the queue would be wrong rather than partial.
 */
public final class CentreStatistics implements StatisticsSource {
    private final PostgresQueueStore centre;
    private final SqliteStatistics desk;

    /**
     * @param centre the centre's shared queue server
     * @param desk   this desk's own store, for its dossiers only (its queue tables are unused in centre mode)
     */
    public CentreStatistics(PostgresQueueStore centre, SqliteStatistics desk) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    @Override
    public OfficeFigures figures(Period period, StatisticsTargets targets) {
        Objects.requireNonNull(targets, "targets");
        return records(period).figures(targets);
    }

    @Override
    public StatisticsRecords records(Period period) {
        Objects.requireNonNull(period, "period");
        StatisticsRecords queue = centre.statisticsRecords(period);
        List<DossierRecord> dossiers = desk.dossiers(period);
        return new StatisticsRecords(period, queue.tickets(), queue.services(), queue.ratings(), dossiers);
    }
}
