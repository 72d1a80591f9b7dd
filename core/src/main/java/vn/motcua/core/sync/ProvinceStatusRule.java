package vn.motcua.core.sync;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;

/**
 * Applies a status pulled from the province to the counter's dossier (docs/provincial-api.md, "Who owns what").
 * The province owns processing (statuses 4–9); the counter owns intake and the return of the result.
 * <ul>
 * <li>the same status, or a report no newer than the dossier's last change (the province is behind us): nothing;
 * <li>a province-owned status the national model allows from here: the dossier moves, actor {@value #ACTOR};
 * <li>anything else (a counter-owned status, a move backwards, a finished dossier): the dossier keeps its status
 *     and the conflict is written into its history as a note, once.
 * </ul>
 */
public final class ProvinceStatusRule {
    public static final String ACTOR = "tỉnh";
    private static final Set<DossierStatus> PROVINCE_OWNED = EnumSet.range(DossierStatus.PROCESSING,
            DossierStatus.PROCESSED);

    private ProvinceStatusRule() {
    }

    /** @return the changed dossier, or empty when nothing is to be written */
    public static Optional<Dossier> apply(Dossier dossier, ProvinceDossierState pulled, LocalDateTime now) {
        if (pulled.status().isEmpty() || pulled.status().get() == dossier.status()) {
            return Optional.empty();
        }
        DossierStatus reported = pulled.status().get();
        LocalDateTime at = pulled.lastStep().map(ProvinceDossierState.ProcessingStep::at).orElse(now);
        if (!at.isAfter(dossier.history().getLast().at())) {
            return Optional.empty();
        }
        if (PROVINCE_OWNED.contains(reported) && dossier.status().next().contains(reported)) {
            String note = pulled.lastStep().map(ProvinceDossierState.ProcessingStep::content).orElse("");
            return Optional.of(dossier.moveTo(reported, at, ACTOR, note));
        }
        String note = conflictNote(dossier.status(), reported);
        if (note.equals(dossier.history().getLast().note())) {
            return Optional.empty();
        }
        return Optional.of(dossier.annotate(at, ACTOR, note));
    }

    static String conflictNote(DossierStatus kept, DossierStatus reported) {
        return "Tỉnh báo trạng thái " + reported.nationalCode() + ", không áp dụng: hồ sơ đang ở trạng thái "
                + kept.nationalCode() + " tại bộ phận một cửa";
    }
}
