package vn.motcua.core.catalogue;

import java.util.Objects;

/** Lĩnh vực (MaLinhVuc + name), e.g. "Giáo dục và Đào tạo". */
public record FieldOfWork(String code, String name) {
    public FieldOfWork {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
