package vn.motcua.core.queue;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.calendar.WorkCalendar;

/** Whether a kiosk may issue a ticket for a service now (DOMAIN §6). Walk-ins served at a counter are exempt. */
public final class IssuingRules {
    private final WorkCalendar calendar;

    public IssuingRules(WorkCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param issuedToday kiosk tickets already issued today for the service, cancelled ones excepted
     * @return why not, or empty when the ticket may be issued
     */
    public Optional<QueueRefusal> refusal(QueueService service, LocalDateTime now, int issuedToday) {
        if (!calendar.isWorkingDay(now.toLocalDate())) {
            return Optional.of(QueueRefusal.NOT_A_WORKING_DAY);
        }
        if (!service.issuesAt(now.toLocalTime())) {
            return Optional.of(QueueRefusal.OUTSIDE_ISSUING_HOURS);
        }
        if (service.dailyLimit().isPresent() && issuedToday >= service.dailyLimit().getAsInt()) {
            return Optional.of(QueueRefusal.DAILY_LIMIT_REACHED);
        }
        return Optional.empty();
    }
}
