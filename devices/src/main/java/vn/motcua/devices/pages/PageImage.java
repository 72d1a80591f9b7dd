package vn.motcua.devices.pages;

import java.awt.image.BufferedImage;
import java.util.Objects;
import vn.motcua.core.scan.ScanSettings.ColorMode;

/**
 * A rendered page ready for the PDF writer: TYPE_BYTE_GRAY for grey, TYPE_3BYTE_BGR for colour,
 * TYPE_BYTE_BINARY (1 bit) for black and white.
 */
public record PageImage(BufferedImage image, int dpi, ColorMode mode) {
    public PageImage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mode, "mode");
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive");
        }
        int expected = switch (mode) {
            case GRAY -> BufferedImage.TYPE_BYTE_GRAY;
            case COLOR -> BufferedImage.TYPE_3BYTE_BGR;
            case BLACK_WHITE -> BufferedImage.TYPE_BYTE_BINARY;
        };
        if (image.getType() != expected || mode == ColorMode.BLACK_WHITE && image.getColorModel().getPixelSize() != 1) {
            throw new IllegalArgumentException("A " + mode + " page needs image type " + expected);
        }
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
