package vn.motcua.core.dossier;

import java.util.List;
import java.util.Optional;

/** Port: where dossiers are kept (the offline store implements it). */
public interface DossierStore {

    /**
     * Writes the dossier whole (insert or update): its components, file links and any status history rows
     * not yet stored, in one transaction. A crash at any point leaves either the old or the new dossier.
     * Every file the dossier links to must already be in the {@link ScannedFileStore}.
     */
    void save(Dossier dossier);

    Optional<Dossier> find(DossierCode code);

    /**
     * Dossiers whose code, owner name (accents and case ignored) or owner identifier contains the text,
     * newest first; the newest dossiers when the text is blank.
     */
    List<DossierSummary> search(String text, int limit);

    /**
     * The Sổ theo dõi hồ sơ for the filter: dossiers received in its period, oldest first, numbered from 1,
     * at most {@code limit} of them.
     */
    List<RegisterRow> register(RegisterFilter filter, int limit);

    int count();
}
