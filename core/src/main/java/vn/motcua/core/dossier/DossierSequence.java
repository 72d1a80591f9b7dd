package vn.motcua.core.dossier;

import java.time.LocalDate;

/**
 * Port: the source of daily dossier sequence numbers. Implementations must never hand out the same
 * number twice for one agency and day, across threads, processes and restarts.
 */
public interface DossierSequence {

    /**
     * @throws SequenceExhaustedException when this counter's configured block has no numbers left
     */
    int next(AgencyCode agency, LocalDate day);
}
