package vn.motcua.devices.forms;

import java.time.LocalDateTime;
import java.util.Optional;

/** The result box of the process control sheet: finished early, on time, late, or not finished yet. */
public enum Timeliness {
    EARLY, ON_TIME, LATE, PENDING;

    /**
     * Early is a finish on a day before the due day; on time is at or before the due time on that day
     * (DOMAIN §8: on time means processing ended ≤ due). Without a legal time a finished dossier is on time.
     */
    public static Timeliness of(Optional<LocalDateTime> due, Optional<LocalDateTime> finished) {
        if (finished.isEmpty()) {
            return PENDING;
        }
        if (due.isEmpty()) {
            return ON_TIME;
        }
        LocalDateTime end = finished.get();
        LocalDateTime deadline = due.get();
        if (end.isAfter(deadline)) {
            return LATE;
        }
        return end.toLocalDate().isBefore(deadline.toLocalDate()) ? EARLY : ON_TIME;
    }
}
