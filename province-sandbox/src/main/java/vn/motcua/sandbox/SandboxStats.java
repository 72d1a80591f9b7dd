package vn.motcua.sandbox;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Counters for tests and trainers: calls per service, creates and updates per dossier code, faults injected. */
final class SandboxStats {
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();
    private final Map<String, Integer> creates = new ConcurrentHashMap<>();
    private final Map<String, Integer> updates = new ConcurrentHashMap<>();
    private final Map<String, Integer> conflicts = new ConcurrentHashMap<>();
    private final Map<String, Integer> faults = new ConcurrentHashMap<>();

    void request(String service) {
        requests.merge(service, 1, Integer::sum);
    }

    void created(String dossierCode) {
        creates.merge(dossierCode, 1, Integer::sum);
    }

    void updated(String dossierCode) {
        updates.merge(dossierCode, 1, Integer::sum);
    }

    void conflict(String dossierCode) {
        conflicts.merge(dossierCode, 1, Integer::sum);
    }

    void fault(FaultKind kind) {
        faults.merge(kind.specName(), 1, Integer::sum);
    }

    void clear() {
        List.of(requests, creates, updates, conflicts, faults).forEach(Map::clear);
    }

    SandboxAdmin.Stats view(int dossiers) {
        return new SandboxAdmin.Stats(new TreeMap<>(requests), new TreeMap<>(creates), new TreeMap<>(updates),
                new TreeMap<>(conflicts), new TreeMap<>(faults), dossiers);
    }
}
