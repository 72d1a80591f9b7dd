package vn.motcua.app.dossier;

/** A line of a dossier's story as the clerk reads it: when, what happened, who, and the note. */
public record HistoryRow(String at, String what, String who, String note) {
}
