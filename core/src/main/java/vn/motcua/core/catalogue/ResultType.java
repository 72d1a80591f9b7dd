package vn.motcua.core.catalogue;

import java.util.Objects;

/** What the procedure produces (MaKetQua, e.g. {@code KQ.G07.000122}). */
public record ResultType(String code, String name) {
    public ResultType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
