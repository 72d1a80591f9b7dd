package vn.motcua.core.catalogue;

import java.util.Objects;

/** A fee or charge (phí, lệ phí) in Vietnamese đồng; đồng has no minor unit in practice. */
public record Fee(String name, long amountVnd) {
    public Fee {
        Objects.requireNonNull(name, "name");
        if (amountVnd < 0) {
            throw new IllegalArgumentException("Fee amount must not be negative");
        }
    }
}
