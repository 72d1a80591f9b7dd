package vn.motcua.core.intake;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.dossier.Dossier;

/** What an intake step did: the stored dossier, or the problems that kept it from being stored. */
public sealed interface IntakeOutcome {

    record Stored(Dossier dossier) implements IntakeOutcome {
        public Stored {
            Objects.requireNonNull(dossier, "dossier");
        }
    }

    record Refused(List<IntakeProblem> problems) implements IntakeOutcome {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one problem");
            }
        }
    }

    default boolean stored() {
        return this instanceof Stored;
    }
}
