package vn.motcua.core.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's priority group and, for citizens entitled to priority, why. A ticket coming back from a
 * transfer is raised to PRIORITY without a reason.
 */
public record Priority(PriorityGroup group, Optional<PriorityReason> reason) {
    public static final Priority NORMAL = new Priority(PriorityGroup.NORMAL, Optional.empty());

    public Priority {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reason, "reason");
        if (reason.isPresent() && group != PriorityGroup.PRIORITY) {
            throw new IllegalArgumentException("A priority reason needs the PRIORITY group");
        }
    }

    public static Priority of(PriorityGroup group) {
        return new Priority(group, Optional.empty());
    }

    public static Priority of(PriorityReason reason) {
        return new Priority(PriorityGroup.PRIORITY, Optional.of(reason));
    }

    public Priority raised() {
        return group == PriorityGroup.PRIORITY ? this : of(PriorityGroup.PRIORITY);
    }

    public boolean isPriority() {
        return group == PriorityGroup.PRIORITY;
    }
}
