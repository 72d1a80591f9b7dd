package vn.motcua.core.sync;

import vn.motcua.core.dossier.Dossier;

/**
 * Port: the provincial one-stop system (DOMAIN §9). Pushing is idempotent by dossier code: a dossier
 * the province already holds is updated, never created twice.
 */
public interface ProvincialGateway {

    PushOutcome push(Dossier dossier);

    /** What happened to one push; a transient failure is retried by the sync engine, a rejection is not. */
    enum PushOutcome { ACCEPTED, TRANSIENT_FAILURE, REJECTED }
}
