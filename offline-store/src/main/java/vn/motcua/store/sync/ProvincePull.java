package vn.motcua.store.sync;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.sync.ProvinceDossierState;
import vn.motcua.core.sync.ProvinceStatusRule;
import vn.motcua.core.sync.ProvincialChanges;
import vn.motcua.core.sync.ProvincialChanges.Page;
import vn.motcua.store.StaleDossierException;
import vn.motcua.store.sqlite.SqliteDossierStore;
import vn.motcua.store.sqlite.SqliteSyncMarks;

/**
 * Brings the province's changes in: the procedure catalogue and the processing status of this agency's dossiers,
 * each from its own cursor. A cursor is saved only after its page is applied, so a crash repeats a page (applying
 * one twice changes nothing) and never skips one.
 */
final class ProvincePull {
    private static final Logger LOG = LoggerFactory.getLogger(ProvincePull.class);
    static final String CATALOGUE = "catalogue";
    static final String DOSSIERS = "dossiers";
    /** The cursor of a first pull: everything since the epoch, in the contract's time format. */
    static final String FROM_THE_START = "19700101000000";
    private static final int MAX_PAGES = 1_000;
    private static final int SAVE_TRIES = 3;

    private final ProvincialChanges changes;
    private final CatalogueStore catalogue;
    private final SqliteDossierStore dossiers;
    private final SqliteSyncMarks marks;
    private final Clock clock;

    ProvincePull(ProvincialChanges changes, CatalogueStore catalogue, SqliteDossierStore dossiers,
            SqliteSyncMarks marks, Clock clock) {
        this.changes = changes;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.marks = marks;
        this.clock = clock;
    }

    /** @return procedures saved */
    int catalogue() {
        int saved = 0;
        String cursor = marks.cursor(CATALOGUE).orElse(FROM_THE_START);
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<Procedure> changed = changes.proceduresSince(cursor);
            changed.items().forEach(catalogue::save);
            saved += changed.items().size();
            marks.saveCursor(CATALOGUE, changed.cursor());
            if (changed.items().isEmpty() || changed.cursor().equals(cursor)) {
                break;
            }
            cursor = changed.cursor();
        }
        return saved;
    }

    /** @return dossiers whose status moved or got a conflict note */
    int dossiers() {
        int changed = 0;
        String cursor = marks.cursor(DOSSIERS).orElse(FROM_THE_START);
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<ProvinceDossierState> states = changes.dossiersSince(cursor);
            for (ProvinceDossierState state : states.items()) {
                changed += apply(state) ? 1 : 0;
            }
            marks.saveCursor(DOSSIERS, states.cursor());
            if (states.items().isEmpty() || states.cursor().equals(cursor)) {
                break;
            }
            cursor = states.cursor();
        }
        return changed;
    }

    /** A clerk may save the same dossier meanwhile: then read it again and re-apply. */
    private boolean apply(ProvinceDossierState state) {
        Optional<DossierCode> code = DossierCode.parse(state.dossierCode());
        if (code.isEmpty()) {
            LOG.warn("The province listed a dossier with an unreadable code");
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            Optional<Dossier> local = dossiers.find(code.get());
            if (local.isEmpty()) {
                return false; // received at another counter of the agency
            }
            Optional<Dossier> updated = ProvinceStatusRule.apply(local.get(), state, LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE));
            if (updated.isEmpty()) {
                return false;
            }
            try {
                dossiers.saveFromProvince(updated.get());
                return true;
            } catch (StaleDossierException e) {
                if (attempt == SAVE_TRIES) {
                    throw e;
                }
            }
        }
    }
}
