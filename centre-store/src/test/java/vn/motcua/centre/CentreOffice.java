package vn.motcua.centre;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;

/**
 * A service centre for the load and outage tests: three services, every counter serving all of them in its own
 * order, and a call policy under which calling the next ticket makes the current one a no-show (one call each,
 * no gap), so every call is one transaction.
 */
final class CentreOffice {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23); // a Monday
    static final List<ServiceId> SERVICES = List.of(new ServiceId("A"), new ServiceId("B"), new ServiceId("C"));

    private CentreOffice() {
    }

    static QueueConfiguration configuration(int counters) {
        List<IssuingWindow> allDay = List.of(new IssuingWindow(LocalTime.of(7, 0), LocalTime.of(17, 0)));
        List<QueueService> services = SERVICES.stream()
                .map(id -> new QueueService(id, "Dịch vụ " + id.value(), id.value(), allDay, OptionalInt.empty(),
                        false, Duration.ofMinutes(5)))
                .toList();
        List<Counter> all = new ArrayList<>();
        for (int c = 1; c <= counters; c++) {
            List<ServiceId> order = new ArrayList<>(SERVICES);
            Collections.rotate(order, c);
            all.add(new Counter(c, "Quầy " + c, order));
        }
        return new QueueConfiguration(new QueueOffice(new AgencyCode("H15.50.05.13"), "Trung tâm Phục vụ hành chính công"),
                new CallPolicy(new CallPolicy.PriorityRule.Interleave(3), CallPolicy.ServiceOrder.COUNTER_ORDER,
                        Optional.empty(), 1, Duration.ZERO),
                services, all);
    }

    static void waitingTickets(PostgresCluster cluster, String database, int count) {
        cluster.queueUpWaitingTickets(database, DAY, count);
    }
}
