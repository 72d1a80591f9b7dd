package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.ProcedureCode;

/**
 * A dossier (hồ sơ) received at the counter. Immutable: every change returns a new value, and the store
 * writes the change together with its status history row in one transaction.
 *
 * @param procedureName the name as it was when received, so later catalogue edits do not rewrite history
 * @param sets          number of sets (số bộ hồ sơ) handed in
 * @param dueAt         empty until the dossier is accepted, and while no legal time applies
 * @param history       status changes, oldest first; never empty
 */
public record Dossier(
        DossierCode code,
        ProcedureCode procedureCode,
        String procedureName,
        DossierOwner owner,
        List<DossierComponent> components,
        List<Fee> fees,
        int sets,
        Channel channel,
        ResultDelivery delivery,
        LocalDateTime receivedAt,
        Optional<LocalDateTime> dueAt,
        String receivedBy,
        List<StatusChange> history) {

    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(receivedBy, "receivedBy");
        if (sets < 1) {
            throw new IllegalArgumentException("A dossier has at least one set");
        }
        components = List.copyOf(components);
        fees = List.copyOf(fees);
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("A dossier's status history is never empty");
        }
    }

    /** Starts a dossier's history at the counter in the given first status (usually RECEIVED). */
    public static Dossier open(DossierCode code, ProcedureCode procedureCode, String procedureName,
            DossierOwner owner, List<DossierComponent> components, List<Fee> fees, int sets,
            Channel channel, ResultDelivery delivery, LocalDateTime receivedAt,
            Optional<LocalDateTime> dueAt, String clerk, DossierStatus firstStatus) {
        var first = new StatusChange(null, firstStatus, receivedAt, clerk, "");
        return new Dossier(code, procedureCode, procedureName, owner, components, fees, sets, channel, delivery,
                receivedAt, dueAt, clerk, List.of(first));
    }

    public DossierStatus status() {
        return history.getLast().to();
    }

    /**
     * @throws IllegalStateException when the national status model does not allow the move
     */
    public Dossier moveTo(DossierStatus target, LocalDateTime at, String actor, String note) {
        DossierStatus current = status();
        if (!current.next().contains(target)) {
            throw new IllegalStateException("Dossier " + code + " cannot move from " + current + " to " + target);
        }
        if (at.isBefore(history.getLast().at())) {
            throw new IllegalArgumentException("A status change cannot predate the previous one");
        }
        var longer = new ArrayList<>(history);
        longer.add(new StatusChange(current, target, at, actor, note));
        return new Dossier(code, procedureCode, procedureName, owner, components, fees, sets, channel, delivery,
                receivedAt, dueAt, receivedBy, longer);
    }

    /**
     * Adds a history row that keeps the status (from = to), for events worth keeping that change nothing, such
     * as a status the province reported but that could not be applied.
     */
    public Dossier annotate(LocalDateTime at, String actor, String note) {
        LocalDateTime when = at.isBefore(history.getLast().at()) ? history.getLast().at() : at;
        var longer = new ArrayList<>(history);
        longer.add(new StatusChange(status(), status(), when, actor, note));
        return new Dossier(code, procedureCode, procedureName, owner, components, fees, sets, channel, delivery,
                receivedAt, dueAt, receivedBy, longer);
    }

    public Dossier withDueAt(LocalDateTime due) {
        return new Dossier(code, procedureCode, procedureName, owner, components, fees, sets, channel, delivery,
                receivedAt, Optional.of(due), receivedBy, history);
    }

    /** How the result actually reached the citizen, when it differs from what was registered at intake. */
    public Dossier withDelivery(ResultDelivery how) {
        return new Dossier(code, procedureCode, procedureName, owner, components, fees, sets, channel, how,
                receivedAt, dueAt, receivedBy, history);
    }

    public Dossier withComponents(List<DossierComponent> replaced) {
        return new Dossier(code, procedureCode, procedureName, owner, replaced, fees, sets, channel, delivery,
                receivedAt, dueAt, receivedBy, history);
    }

    public List<StoredFileRef> files() {
        return components.stream().flatMap(c -> c.files().stream()).toList();
    }

    @Override
    public String toString() {
        return "Dossier[" + code + ", " + procedureCode + ", " + status() + ", owner=" + owner + "]";
    }
}
