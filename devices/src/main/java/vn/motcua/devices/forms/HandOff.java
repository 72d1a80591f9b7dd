package vn.motcua.devices.forms;

import java.time.LocalDateTime;
import java.util.Objects;

/** One row of the process control sheet: the dossier passes from one desk or agency to the next. */
public record HandOff(String from, String to, LocalDateTime at, String giver, String receiver, String note) {
    public HandOff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        giver = giver == null ? "" : giver;
        receiver = receiver == null ? "" : receiver;
        note = note == null ? "" : note;
    }
}
