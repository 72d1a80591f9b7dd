package vn.motcua.store.sqlite;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.rating.Rating;

/** Reads of the {@code rating} table outside the queue's transactions: what a dossier carries to the province. */
public final class SqliteRatings {
    private final Database database;

    public SqliteRatings(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /** The accepted ratings of the dossier's services (see {@link RatingRows#ofDossier}), oldest first. */
    public List<Rating> ofDossier(String dossierCode) {
        Objects.requireNonNull(dossierCode, "dossierCode");
        return database.read(connection -> RatingRows.ofDossier(connection, dossierCode));
    }
}
