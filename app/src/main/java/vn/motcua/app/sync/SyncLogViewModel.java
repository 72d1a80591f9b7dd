package vn.motcua.app.sync;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.sync.DossierSyncState;
import vn.motcua.core.sync.SyncLogEntry;
import vn.motcua.core.sync.SyncStatus;

/**
 * The sync log: what waits for the province, what it refused and why, what went through; the link's state on top
 * and "sync now". Read on the {@link TaskExecutor}; nothing here blocks the clerk.
 */
public final class SyncLogViewModel {
    public static final int LIMIT = 500;

    private final Callable<List<SyncLogEntry>> entries;
    private final Callable<SyncStatus> status;
    private final Runnable syncNow;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<SyncLogRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    public SyncLogViewModel(Callable<List<SyncLogEntry>> entries, Callable<SyncStatus> status, Runnable syncNow,
            TaskExecutor executor, Messages messages) {
        this.entries = Objects.requireNonNull(entries);
        this.status = Objects.requireNonNull(status);
        this.syncNow = Objects.requireNonNull(syncNow);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    private record Snapshot(SyncStatus status, List<SyncLogEntry> entries) {
    }

    public void refresh() {
        executor.submit(() -> new Snapshot(status.call(), entries.call()), this::show,
                failure -> summary.set(messages.get("intake.error.store")));
    }

    private void show(Snapshot snapshot) {
        SyncStatus now = snapshot.status();
        summary.set(messages.format("sync.summary", messages.get(now.connection().messageKey()),
                Integer.toString(now.backlog()), Integer.toString(now.rejected()),
                now.lastSuccess().map(messages::dateTime).orElse(messages.get("common.none"))));
        rows.setAll(snapshot.entries().stream().map(this::row).toList());
    }

    private SyncLogRow row(SyncLogEntry entry) {
        String key = "syncDelivery." + entry.state().name();
        return new SyncLogRow(entry.dossierCode(), messages.dateTime(entry.queuedAt()), messages.get(key),
                entry.attempts(), entry.lastError(), entry.state() != DossierSyncState.Delivery.SENT);
    }

    /** Wakes the sync thread, then reads the log again. */
    public void syncNow() {
        syncNow.run();
        refresh();
    }

    public ObservableList<SyncLogRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
