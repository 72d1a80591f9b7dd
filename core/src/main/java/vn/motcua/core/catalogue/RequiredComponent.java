package vn.motcua.core.catalogue;

import java.util.Objects;

/**
 * A component (thành phần hồ sơ) a procedure requires.
 *
 * @param code MaThanhPhanHoSo, may be empty for locally defined procedures
 */
public record RequiredComponent(String code, String name, DocumentForm form, int quantity, boolean mandatory) {
    public RequiredComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(form, "form");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Component name must not be blank");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("Component quantity must be at least 1");
        }
    }
}
