package vn.motcua.core.catalogue;

import java.util.List;
import java.util.Optional;

/** Port: where the procedure catalogue is kept (the offline store implements it). */
public interface CatalogueStore {

    /** Inserts or replaces the procedure with the same code, components and fees included, atomically. */
    void save(Procedure procedure);

    Optional<Procedure> find(ProcedureCode code);

    /** Procedures whose code or name matches the text, accents and case ignored; all when blank. */
    List<Procedure> search(String text, int limit);

    int count();
}
