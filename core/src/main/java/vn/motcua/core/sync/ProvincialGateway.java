package vn.motcua.core.sync;

import java.util.Objects;
import vn.motcua.core.dossier.Dossier;

/**
 * Port: the provincial one-stop system (DOMAIN §9). Pushing is idempotent by dossier code: a dossier
 * the province already holds is updated, never created twice.
 */
public interface ProvincialGateway {

    PushResult push(Dossier dossier);

    /** What happened to one push; a transient failure is retried by the sync engine, a rejection is not. */
    enum PushOutcome { ACCEPTED, TRANSIENT_FAILURE, REJECTED }

    /** @param message why it failed, for the clerk (rejections) or the log (transient); empty when accepted */
    record PushResult(PushOutcome outcome, String message) {
        public PushResult {
            Objects.requireNonNull(outcome, "outcome");
            message = message == null ? "" : message;
        }

        public static PushResult accepted() {
            return new PushResult(PushOutcome.ACCEPTED, "");
        }

        public static PushResult transientFailure(String message) {
            return new PushResult(PushOutcome.TRANSIENT_FAILURE, message);
        }

        public static PushResult rejected(String message) {
            return new PushResult(PushOutcome.REJECTED, message);
        }
    }
}
