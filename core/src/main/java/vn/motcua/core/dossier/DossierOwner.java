package vn.motcua.core.dossier;

import java.util.Objects;

/**
 * Chủ hồ sơ. {@code identifier} is the 12-digit personal ID, an old 9-digit CMND or an organisation's
 * own identifier (tax code); it is checked where it is entered, not here.
 * {@link #toString()} hides personal data so an owner can never end up in a log whole.
 */
public record DossierOwner(OwnerType type, String name, String identifier, String address, String phone,
        String email) {

    public DossierOwner {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Owner name must not be blank");
        }
        identifier = identifier == null ? "" : identifier.strip();
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
    }

    @Override
    public String toString() {
        return "DossierOwner[" + type + ", id=" + Masked.of(identifier) + "]";
    }
}
