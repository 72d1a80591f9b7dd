package vn.motcua.core.scan;

import java.util.Objects;

/**
 * A page as the driver delivered it: 8-bit grey or 24-bit RGB rows, or 1-bit rows packed MSB first with a
 * set bit for black (SANE's convention; every driver converts to it).
 * Post-processing never changes it; steps are recorded beside it.
 */
public record RawPage(int index, int width, int height, int dpi, ScanSettings.ColorMode mode, byte[] pixels) {
    public RawPage {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(pixels, "pixels");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("A page has a size");
        }
    }
}
