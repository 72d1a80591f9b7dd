package vn.motcua.core.sync;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.catalogue.Procedure;

/**
 * Port: what the province changed since a cursor. A cursor is opaque: the empty string asks for everything,
 * and each page answers the cursor to pass next time.
 *
 * @throws ProvinceUnavailableException from every method when the province cannot answer now
 */
public interface ProvincialChanges {

    Page<Procedure> proceduresSince(String cursor);

    /** Statuses and steps of this agency's dossiers. */
    Page<ProvinceDossierState> dossiersSince(String cursor);

    record Page<T>(List<T> items, String cursor) {
        public Page {
            items = List.copyOf(items);
            Objects.requireNonNull(cursor, "cursor");
        }
    }
}
