package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the Sổ theo dõi hồ sơ (DOMAIN §4). {@link #toString()} leaves out the owner's personal data.
 *
 * @param number     STT: the line's number in the listed page of the register, from 1
 * @param returnedAt when the result was handed back (the move to {@link DossierStatus#RESULT_RETURNED})
 * @param lastActor  who made the latest status change
 * @param lastNote   the latest status change's note, often the reason given to the citizen
 */
public record RegisterRow(int number, DossierCode code, String procedureName, int sets, String ownerName,
        String ownerAddress, String ownerPhone, LocalDateTime receivedAt, Optional<LocalDateTime> dueAt,
        DossierStatus status, Optional<LocalDateTime> returnedAt, String lastActor, String lastNote) {

    public RegisterRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(returnedAt, "returnedAt");
        if (number < 1) {
            throw new IllegalArgumentException("Register lines are numbered from 1");
        }
        procedureName = Objects.requireNonNullElse(procedureName, "");
        ownerName = Objects.requireNonNullElse(ownerName, "");
        ownerAddress = Objects.requireNonNullElse(ownerAddress, "");
        ownerPhone = Objects.requireNonNullElse(ownerPhone, "");
        lastActor = Objects.requireNonNullElse(lastActor, "");
        lastNote = Objects.requireNonNullElse(lastNote, "");
    }

    @Override
    public String toString() {
        return "RegisterRow[" + number + ", " + code + ", " + status + "]";
    }
}
