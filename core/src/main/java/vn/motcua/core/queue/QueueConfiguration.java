package vn.motcua.core.queue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.core.dossier.AgencyCode;

/** The queue's configuration data: office, call policy, services and counters. */
public record QueueConfiguration(QueueOffice office, CallPolicy policy, List<QueueService> services,
        List<Counter> counters) {

    public QueueConfiguration {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(policy, "policy");
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        Set<ServiceId> ids = services.stream().map(QueueService::id).collect(Collectors.toSet());
        if (ids.size() != services.size()) {
            throw new IllegalArgumentException("Service ids must be unique");
        }
        Set<Integer> numbers = new HashSet<>();
        for (Counter counter : counters) {
            if (!numbers.add(counter.number()) || !ids.containsAll(counter.services())) {
                throw new IllegalArgumentException("Counter " + counter.number()
                        + " is listed twice or serves an unknown service");
            }
        }
    }

    /** What a store holds before anything was configured: no service, so every issue is refused. */
    public static QueueConfiguration unconfigured() {
        return new QueueConfiguration(new QueueOffice(new AgencyCode("UNCONFIGURED"), ""), CallPolicy.standard(),
                List.of(), List.of());
    }

    public Optional<QueueService> service(ServiceId id) {
        return services.stream().filter(service -> service.id().equals(id)).findFirst();
    }

    public Optional<Counter> counter(int number) {
        return counters.stream().filter(counter -> counter.number() == number).findFirst();
    }

    public List<Counter> countersServing(ServiceId id) {
        return counters.stream().filter(counter -> counter.serves(id)).toList();
    }
}
