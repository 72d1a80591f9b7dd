package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the province knows: dossiers with their processing steps, the procedure catalogue and the finished
 * uploads. Every change takes the next change number, which is what cursors point at. With a snapshot file,
 * each change is written before the call answers, so "stored but never answered" survives a restart.
 */
final class ProvinceState {
    interface Changed {
        long change();

        String changedAt();
    }

    record StoredDossier(String agency, ObjectNode data, List<ObjectNode> steps, long change, String changedAt)
            implements Changed {
    }

    record StoredProcedure(ObjectNode data, long change, String changedAt) implements Changed {
    }

    record StoredFile(String fileCode, String sha256, String name, long size) {
    }

    /** {@code lastReserved}: per {@code agency|yyyyMMdd}, the last daily sequence number handed out in a block. */
    record Snapshot(long lastChange, List<StoredDossier> dossiers, List<StoredProcedure> procedures,
            List<StoredFile> files, Map<String, Integer> lastReserved) {
    }

    /** Daily sequence numbers {@code first..last} handed to one desk. */
    record ReservedBlock(int first, int last) {
    }

    record Page<T>(List<T> items, String cursor, boolean more) {
    }

    private final ObjectMapper json;
    private final SnapshotFile snapshots;
    private final Map<String, StoredDossier> dossiers = new LinkedHashMap<>();
    private final Map<String, StoredProcedure> procedures = new LinkedHashMap<>();
    private final Map<String, StoredFile> files = new HashMap<>();
    private final Map<String, Integer> lastReserved = new HashMap<>();
    private long lastChange;

    /** {@code snapshots} may be null: the state then lives in memory only. */
    ProvinceState(ObjectMapper json, SnapshotFile snapshots) {
        this.json = json;
        this.snapshots = snapshots;
        if (snapshots != null) {
            snapshots.read().ifPresent(this::load);
        }
    }

    synchronized boolean isEmpty() {
        return dossiers.isEmpty() && procedures.isEmpty() && files.isEmpty();
    }

    synchronized Optional<StoredDossier> dossier(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    synchronized int dossierCount() {
        return dossiers.size();
    }

    /**
     * Creates or updates; answers whether it created. An identical update changes nothing. When the dossier
     * exists and {@code mayReplace} is false, refuses with 409 "Hồ sơ đã tồn tại".
     */
    synchronized boolean putDossier(String agency, ObjectNode incoming, boolean mayReplace, String stamp) {
        String code = incoming.path("MaHoSo").asText();
        StoredDossier old = dossiers.get(code);
        if (old != null && !mayReplace) {
            throw Refusal.of("409", "Hồ sơ đã tồn tại");
        }
        ObjectNode data = incoming.deepCopy();
        data.remove(List.of("CapNhat", "TienDo"));
        if (old == null) {
            dossiers.put(code, new StoredDossier(agency, data, List.of(), ++lastChange, stamp));
        } else {
            keepProvinceStatus(old.data(), data);
            if (data.equals(old.data())) {
                return false;
            }
            dossiers.put(code, new StoredDossier(old.agency(), data, old.steps(), ++lastChange, stamp));
        }
        persist();
        return old == null;
    }

    /** The province's processing status (4–10) stands against a lower one sent by the desk, except withdrawal (7). */
    private static void keepProvinceStatus(ObjectNode held, ObjectNode incoming) {
        int heldStatus = held.path("TrangThaiHoSo").asInt();
        int sentStatus = incoming.path("TrangThaiHoSo").asInt();
        if (heldStatus >= 4 && sentStatus < heldStatus && sentStatus != 7) {
            incoming.put("TrangThaiHoSo", heldStatus);
            for (String date : List.of("NgayKetThucXuLy", "NgayTra")) {
                if (incoming.path(date).isNull() || incoming.path(date).isMissingNode()) {
                    incoming.set(date, held.get(date));
                }
            }
        }
    }

    /** Adds the steps not yet known; the dossier takes the status of its latest step. Answers how many were new. */
    synchronized int addSteps(String code, List<ObjectNode> steps, String stamp) {
        StoredDossier old = dossiers.get(code);
        List<ObjectNode> all = new ArrayList<>(old.steps());
        int added = 0;
        for (ObjectNode step : steps) {
            if (!all.contains(step)) {
                all.add(step.deepCopy());
                added++;
            }
        }
        if (added > 0) {
            all.sort(Comparator.comparing(step -> step.path("ThoiDiem").asText()));
            ObjectNode data = withLatestStatus(old.data().deepCopy(), all.getLast());
            dossiers.put(code, new StoredDossier(old.agency(), data, List.copyOf(all), ++lastChange, stamp));
            persist();
        }
        return added;
    }

    private static ObjectNode withLatestStatus(ObjectNode data, ObjectNode latest) {
        int status = latest.path("TrangThai").asInt();
        data.put("TrangThaiHoSo", status);
        String date = status == 9 ? "NgayKetThucXuLy" : status == 10 ? "NgayTra" : null;
        if (date != null && (data.path(date).isNull() || data.path(date).isMissingNode())) {
            data.set(date, latest.get("ThoiDiem"));
        }
        return data;
    }

    synchronized Page<StoredDossier> dossiersChanged(String agency, Cursor after, int limit, String now) {
        return page(dossiers.values(), d -> d.agency().equals(agency) && after.precedes(d), limit, now);
    }

    synchronized Optional<StoredProcedure> procedure(String code) {
        return Optional.ofNullable(procedures.get(code));
    }

    synchronized Page<StoredProcedure> proceduresChanged(Cursor after, int limit, String now) {
        return page(procedures.values(), after::precedes, limit, now);
    }

    synchronized void putProcedures(List<ObjectNode> changed, String stamp) {
        for (ObjectNode procedure : changed) {
            ObjectNode data = procedure.deepCopy().put("NgayCapNhat", stamp);
            procedures.remove(data.path("MaTTHC").asText());
            procedures.put(data.path("MaTTHC").asText(), new StoredProcedure(data, ++lastChange, stamp));
        }
        persist();
    }

    synchronized Optional<StoredFile> file(String sha256) {
        return Optional.ofNullable(files.get(sha256));
    }

    synchronized Optional<StoredFile> fileByCode(String fileCode) {
        return files.values().stream().filter(file -> file.fileCode().equals(fileCode)).findFirst();
    }

    synchronized void putFile(StoredFile file) {
        files.put(file.sha256(), file);
        persist();
    }

    /**
     * Hands out the next {@code count} daily sequence numbers of the agency and day, from {@code first} up to
     * {@code last}; they are stored before the call answers and never handed out again, not even after a reset.
     */
    synchronized ReservedBlock reserveBlock(String agency, String day, int count, int first, int last) {
        String key = agency + "|" + day;
        int from = Math.max(first, lastReserved.getOrDefault(key, first - 1) + 1);
        if (from + count - 1 > last) {
            throw Refusal.invalid("SoLuong", "Không còn đủ " + count + " số hồ sơ cho ngày " + day);
        }
        lastReserved.put(key, from + count - 1);
        persist();
        return new ReservedBlock(from, from + count - 1);
    }

    /** Forgets everything; change numbers keep growing so that no old cursor points into the new state. */
    synchronized void clear() {
        dossiers.clear();
        procedures.clear();
        files.clear();
        persist();
    }

    private <T extends Changed> Page<T> page(Collection<T> all, Predicate<T> wanted, int limit, String now) {
        List<T> matching = all.stream().filter(wanted).sorted(Comparator.comparingLong(Changed::change)).toList();
        List<T> items = matching.stream().limit(limit).toList();
        String cursor = items.isEmpty() ? Cursor.after(now, lastChange) : Cursor.after(items.getLast());
        return new Page<>(items, cursor, matching.size() > items.size());
    }

    private void persist() {
        if (snapshots == null) {
            return;
        }
        Snapshot snapshot = new Snapshot(lastChange, List.copyOf(dossiers.values()),
                List.copyOf(procedures.values()), List.copyOf(files.values()), Map.copyOf(lastReserved));
        try {
            snapshots.write(json.writeValueAsBytes(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(byte[] content) {
        try {
            Snapshot snapshot = json.readValue(content, Snapshot.class);
            lastChange = snapshot.lastChange();
            snapshot.dossiers().forEach(d -> dossiers.put(d.data().path("MaHoSo").asText(), d));
            snapshot.procedures().forEach(p -> procedures.put(p.data().path("MaTTHC").asText(), p));
            snapshot.files().forEach(f -> files.put(f.sha256(), f));
            if (snapshot.lastReserved() != null) { // absent from snapshots written before code blocks
                lastReserved.putAll(snapshot.lastReserved());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox state file is damaged", e);
        }
    }
}
