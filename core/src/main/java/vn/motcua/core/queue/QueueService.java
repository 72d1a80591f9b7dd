package vn.motcua.core.queue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A service the kiosk offers (a group of procedures) with its own numbers and queue.
 *
 * @param prefix              letters before the number; several services may share one sequence by sharing it
 * @param dailyLimit          most kiosk tickets per day; empty for no limit
 * @param keepOvernight       the daily close leaves its waiting and parked tickets for the next day
 * @param typicalServiceTime  used for wait estimates until enough service times have been measured
 */
public record QueueService(ServiceId id, String name, String prefix, List<IssuingWindow> windows,
        OptionalInt dailyLimit, boolean keepOvernight, Duration typicalServiceTime) {
    public QueueService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        Objects.requireNonNull(typicalServiceTime, "typicalServiceTime");
        windows = List.copyOf(windows);
        if (name.isBlank() || !TicketNumber.isPrefix(prefix)) {
            throw new IllegalArgumentException("A service needs a name and a prefix of 1-3 capital letters");
        }
        if (windows.isEmpty() || dailyLimit.orElse(1) < 1 || !typicalServiceTime.isPositive()) {
            throw new IllegalArgumentException("A service needs an issuing window, a positive limit and service time");
        }
    }

    public boolean issuesAt(LocalTime time) {
        return windows.stream().anyMatch(window -> window.contains(time));
    }
}
