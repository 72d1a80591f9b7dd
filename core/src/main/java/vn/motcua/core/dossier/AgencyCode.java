package vn.motcua.core.dossier;

import java.util.Objects;

/**
 * Mã định danh đơn vị (QCVN 102:2016), e.g. {@code 000.00.12.H62} or {@code H15.50.05.13}.
 * Opaque: stored as given, never parsed, because its structure changed with the 2025 reorganisation.
 */
public record AgencyCode(String value) {
    public static final int MAX_LENGTH = 30;

    public AgencyCode {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Agency code must have 1.." + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("Agency code must be printable ASCII without spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
