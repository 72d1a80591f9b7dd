package vn.motcua.core.sync;

/** Told of every change of {@link SyncStatus}, on the sync worker's thread (hand it to the UI thread yourself). */
@FunctionalInterface
public interface SyncStatusListener {
    void changed(SyncStatus status);
}
