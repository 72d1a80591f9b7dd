package vn.motcua.core.queue;

import java.util.Objects;

/** Where a counter sends a ticket. */
public sealed interface TransferTarget {

    /** Into another service's queue, for any counter serving it. */
    record ToService(ServiceId service) implements TransferTarget {
        public ToService {
            Objects.requireNonNull(service, "service");
        }
    }

    /** To one counter, keeping its service; only that counter calls it. */
    record ToCounter(int counter) implements TransferTarget {
    }
}
