package vn.motcua.app.sync;

/** One line of the sync log as the clerk reads it. */
public record SyncLogRow(String dossierCode, String queuedAt, String state, int attempts, String problem,
        boolean needsAttention) {
}
