package vn.motcua.core.statistics;

import java.util.OptionalDouble;

/**
 * Dossier figures of one group over some days. Each event counts on its own day: a dossier received in March
 * and processed in April counts as received in March and as on time or late in April, the way Decision 766
 * judges dossiers resolved in the period.
 *
 * @param received             dossiers received (any first status)
 * @param intake               of which taken in (accepted, or waiting for a supplement asked at intake)
 * @param supplementRequests   supplement requests (status 5) of the dossiers received
 * @param withSupplement       dossiers received that were asked for a supplement at least once
 * @param refused              refusals (status 3), at intake or after a supplement request, on their day
 * @param ended                dossiers whose processing ended (status 9)
 * @param onTime               of which on time (see {@link Timeliness})
 * @param lateByTime           of which ended after the legal due time (one supplement request at most)
 * @param lateBySupplements    of which late for more than one supplement request
 * @param returned             results returned (status 10)
 * @param components           components handed in with the dossiers received
 * @param digitised            of which digitised here
 * @param reused               of which reused from an earlier digitised copy
 * @param fromNationalStore    of which taken from the citizen's national data store
 */
public record DossierFigures(long received, long intake, long supplementRequests, long withSupplement, long refused,
        long ended, long onTime, long lateByTime, long lateBySupplements, long returned, long components,
        long digitised, long reused, long fromNationalStore) {

    public static final DossierFigures NONE = new DossierFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long late() {
        return lateByTime + lateBySupplements;
    }

    /** On time over ended, 0..1. */
    public OptionalDouble onTimeShare() {
        return QueueFigures.share(onTime, ended);
    }

    public OptionalDouble lateShare() {
        return QueueFigures.share(late(), ended);
    }

    public OptionalDouble digitisedShare() {
        return QueueFigures.share(digitised, components);
    }

    public OptionalDouble reusedShare() {
        return QueueFigures.share(reused, components);
    }

    public OptionalDouble nationalStoreShare() {
        return QueueFigures.share(fromNationalStore, components);
    }

    /** Adds dossier events up; not thread-safe. */
    public static final class Tally {
        private final long[] n = new long[14];

        /** The parts of a dossier that happened when it was received. */
        public Tally addReceived(DossierRecord dossier) {
            n[0]++;
            if (dossier.isIntake()) {
                n[1]++;
            }
            n[2] += dossier.supplementRequests();
            if (dossier.supplementRequests() > 0) {
                n[3]++;
            }
            n[10] += dossier.components();
            n[11] += dossier.digitised();
            n[12] += dossier.reused();
            n[13] += dossier.fromNationalStore();
            return this;
        }

        public Tally addRefused() {
            n[4]++;
            return this;
        }

        /** A dossier whose processing ended, judged by the on-time rule. */
        public Tally addEnded(Timeliness timeliness) {
            if (!timeliness.isEnded()) {
                throw new IllegalArgumentException("Not ended: " + timeliness);
            }
            n[5]++;
            switch (timeliness) {
                case ON_TIME -> n[6]++;
                case LATE -> n[7]++;
                case LATE_BY_SUPPLEMENTS -> n[8]++;
                default -> throw new IllegalStateException();
            }
            return this;
        }

        public Tally addReturned() {
            n[9]++;
            return this;
        }

        public Tally add(DossierFigures f) {
            long[] o = {f.received, f.intake, f.supplementRequests, f.withSupplement, f.refused, f.ended, f.onTime,
                    f.lateByTime, f.lateBySupplements, f.returned, f.components, f.digitised, f.reused,
                    f.fromNationalStore};
            for (int i = 0; i < n.length; i++) {
                n[i] += o[i];
            }
            return this;
        }

        public DossierFigures figures() {
            return new DossierFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11],
                    n[12], n[13]);
        }
    }
}
