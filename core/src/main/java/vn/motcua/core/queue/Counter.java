package vn.motcua.core.queue;

import java.util.List;
import java.util.Objects;

/**
 * A counter (quầy) and the services it serves, most important first: with
 * {@link CallPolicy.ServiceOrder#COUNTER_ORDER} that is the order it calls them in.
 */
public record Counter(int number, String name, List<ServiceId> services) {
    public Counter {
        Objects.requireNonNull(name, "name");
        services = List.copyOf(services);
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("Counter numbers are 1..999");
        }
        if (services.stream().distinct().count() != services.size()) {
            throw new IllegalArgumentException("Counter " + number + " lists a service twice");
        }
    }

    public boolean serves(ServiceId service) {
        return services.contains(service);
    }

    /** Position in the counter's list; services it does not serve come last. */
    int rank(ServiceId service) {
        int index = services.indexOf(service);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
