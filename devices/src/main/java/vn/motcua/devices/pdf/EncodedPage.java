package vn.motcua.devices.pdf;

import java.util.Objects;
import vn.motcua.core.scan.ScanSettings.ColorMode;

/**
 * A page image already compressed for the PDF: JPEG (DCTDecode) for grey and colour, CCITT group 4 for
 * black and white (bit 1 = black, rows padded to bytes, as {@code /K -1} without {@code /BlackIs1}).
 * Encoding is the costly part of writing, so it runs on worker threads; the writer only copies the bytes.
 */
public record EncodedPage(byte[] data, int width, int height, int dpi, ColorMode mode) {
    public EncodedPage {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mode, "mode");
        if (width < 1 || height < 1 || dpi < 1) {
            throw new IllegalArgumentException("An encoded page has a size and a resolution");
        }
    }

    /** Page width in PDF points. */
    public float widthPoints() {
        return width * 72f / dpi;
    }

    public float heightPoints() {
        return height * 72f / dpi;
    }
}
