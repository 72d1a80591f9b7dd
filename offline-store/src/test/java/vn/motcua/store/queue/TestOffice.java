package vn.motcua.store.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.QueueStore;
import vn.motcua.core.queue.ServiceId;

/**
 * A test office on a real store: services A, B, C (C keeps tickets overnight), counter 1 serving A and B,
 * counter 2 serving B and C, counter 3 serving C.
 */
public final class TestOffice implements AutoCloseable {
    public static final LocalDate DAY = LocalDate.of(2025, 11, 5); // a Wednesday
    public static final AgencyCode AGENCY = new AgencyCode("H15.50.05.13");
    public static final ServiceId A = new ServiceId("A");
    public static final ServiceId B = new ServiceId("B");
    public static final ServiceId C = new ServiceId("C");
    static final List<IssuingWindow> WINDOWS = List.of(new IssuingWindow(LocalTime.of(7, 0), LocalTime.of(11, 0)),
            new IssuingWindow(LocalTime.of(13, 30), LocalTime.of(16, 30)));

    final MutableClock clock = new MutableClock(DAY.atTime(8, 0));
    private final QueueStoreContract.OpenStore opened;
    final QueueStore queue;
    final QueueDesk desk;

    TestOffice(QueueStoreContract.OpenStore opened, CallPolicy policy, OptionalInt limitOfA) {
        this.opened = opened;
        this.queue = opened.queue();
        queue.replaceConfiguration(configuration(policy, limitOfA));
        desk = new QueueDesk(queue, WorkCalendar.vietnam(), clock);
    }

    TestOffice(QueueStoreContract.OpenStore opened) {
        this(opened, policy(new CallPolicy.PriorityRule.Interleave(3), CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST),
                OptionalInt.empty());
    }

    static CallPolicy policy(CallPolicy.PriorityRule rule, CallPolicy.ServiceOrder order) {
        return new CallPolicy(rule, order, Optional.empty(), 3, Duration.ofSeconds(20));
    }

    static QueueConfiguration configuration(CallPolicy policy, OptionalInt limitOfA) {
        return new QueueConfiguration(new QueueOffice(AGENCY, "UBND Phường Test"), policy,
                List.of(new QueueService(A, "Cấp bản sao văn bằng, chứng chỉ", "A", WINDOWS, limitOfA, false,
                                Duration.ofMinutes(10)),
                        new QueueService(B, "Chuyển trường", "B", WINDOWS, OptionalInt.empty(), false,
                                Duration.ofMinutes(10)),
                        new QueueService(C, "Các thủ tục khác", "C", WINDOWS, OptionalInt.empty(), true,
                                Duration.ofMinutes(10))),
                List.of(new Counter(1, "Quầy 1", List.of(A, B)), new Counter(2, "Quầy 2", List.of(B, C)),
                        new Counter(3, "Quầy 3", List.of(C))));
    }

    void at(int hour, int minute) {
        clock.set(DAY.atTime(hour, minute));
    }

    void at(LocalDateTime time) {
        clock.set(time);
    }

    @Override
    public void close() {
        try {
            opened.resources().close();
        } catch (Exception e) {
            throw new IllegalStateException("The test store did not close", e);
        }
    }
}
