package vn.motcua.store.sync;

import java.util.List;

/** The sync settings are incomplete or invalid; the message names every wrong key (never a secret's value). */
public final class SyncSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    SyncSettingsException(List<String> problems) {
        super("Sync settings are not usable: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
