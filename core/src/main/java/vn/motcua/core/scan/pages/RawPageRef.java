package vn.motcua.core.scan.pages;

import java.util.Objects;
import vn.motcua.core.scan.ScanSettings.ColorMode;

/** A raw page kept by a {@link RawPageStore}: its id there and what the edit model needs of its geometry. */
public record RawPageRef(String id, int width, int height, int dpi, ColorMode mode) {
    public RawPageRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        if (id.isBlank() || width < 1 || height < 1 || dpi < 1) {
            throw new IllegalArgumentException("A raw page has an id, a size and a resolution");
        }
    }
}
