package vn.motcua.core.citizen;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts printed in the QR code on the front of a chip ID card. Text is NFC-normalised.
 * {@link #toString()} shows only the masked ID: name, numbers and address are personal data.
 *
 * @param id       the 12-digit personal ID number
 * @param oldCmnd  the old ID card number, if the card lists one
 * @param address  permanent address (nơi thường trú); empty if the card leaves it blank
 * @param issuedOn issue date, if the QR carries a readable one
 */
public record CccdCard(CitizenId id, Optional<CitizenId> oldCmnd, String fullName, LocalDate birthDate,
        Optional<Gender> gender, String address, Optional<LocalDate> issuedOn) {

    public CccdCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(oldCmnd, "oldCmnd");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (id.kind() != CitizenId.Kind.PERSONAL_ID_12) {
            throw new IllegalArgumentException("A chip ID card carries a 12-digit personal ID number");
        }
    }

    @Override
    public String toString() {
        return "CccdCard[id=" + id.masked() + ", oldCmnd=" + oldCmnd.map(CitizenId::masked).orElse("none") + "]";
    }
}
