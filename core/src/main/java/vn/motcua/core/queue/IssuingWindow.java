package vn.motcua.core.queue;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of the day in which the kiosk issues tickets for a service; start inclusive, end exclusive. */
public record IssuingWindow(LocalTime opens, LocalTime closes) {
    public IssuingWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("An issuing window opens before it closes: " + opens + "–" + closes);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}
