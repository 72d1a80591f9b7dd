package vn.motcua.core.intake;

import java.util.Objects;

/** Why an intake step was refused; {@code subject} names the component or field concerned ("" if none). */
public record IntakeProblem(Kind kind, String subject) {

    public enum Kind {
        OWNER_MISSING("intake.error.ownerMissing"),
        COMPONENT_MISSING("intake.error.componentMissing"),
        REASON_REQUIRED("intake.error.reasonRequired"),
        NOTHING_MISSING("intake.error.nothingMissing"),
        WRONG_STATUS("intake.error.wrongStatus"),
        DUE_NOT_LATER("intake.error.dueNotLater");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The message takes {@link IntakeProblem#subject()} as its argument {0}. */
        public String messageKey() {
            return messageKey;
        }
    }

    public IntakeProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }

    static IntakeProblem of(Kind kind) {
        return new IntakeProblem(kind, "");
    }
}
