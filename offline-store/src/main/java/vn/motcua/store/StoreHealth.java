package vn.motcua.store;

import java.nio.file.Path;

/**
 * What the status bar shows about the offline store.
 *
 * @param writable false when the database or file area cannot take new dossiers (permissions, full disk)
 */
public record StoreHealth(Path databaseFile, int schemaVersion, long dossierCount, boolean writable) {
}
