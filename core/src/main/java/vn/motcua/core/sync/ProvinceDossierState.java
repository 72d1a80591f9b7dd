package vn.motcua.core.sync;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.DossierStatus;

/**
 * A dossier as the province sees it after processing: its status and processing steps (TienDo).
 *
 * @param status empty when the province sent a code the status table does not know
 */
public record ProvinceDossierState(String dossierCode, Optional<DossierStatus> status, List<ProcessingStep> steps) {
    public ProvinceDossierState {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** The latest step, which dates and explains the current status. */
    public Optional<ProcessingStep> lastStep() {
        return steps.stream().max(java.util.Comparator.comparing(ProcessingStep::at));
    }

    /** One TienDo row: who did what, when, at which office. */
    public record ProcessingStep(LocalDateTime at, Optional<DossierStatus> status, String handler, String office,
            String content) {
        public ProcessingStep {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
            handler = handler == null ? "" : handler;
            office = office == null ? "" : office;
            content = content == null ? "" : content;
        }
    }
}
