package vn.motcua.devices.scan.sane;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;

/**
 * Turns the image JFreeSane assembled into a {@link RawPage}: 8-bit grey rows, 24-bit RGB rows, or 1-bit
 * rows packed MSB first with each row starting on a byte and a set bit meaning black (SANE's line-art
 * convention). When the scanner's rows are already laid out that way (the usual case) the page shares
 * JFreeSane's array instead of copying an A4 colour page's 26 MB. A colour scan asked for as grey, or a grey
 * scan asked for as black and white, is converted here.
 */
final class RawPageConversion {
    /** Grey levels below this are ink in a black-and-white page made from a grey scan. */
    static final int INK_BELOW = 128;

    private RawPageConversion() {
    }

    static RawPage toRawPage(int index, int dpi, BufferedImage image, ColorMode wanted) {
        Raster raster = image.getRaster();
        int width = raster.getWidth();
        int height = raster.getHeight();
        if (raster.getNumBands() == 1 && raster.getSampleModel().getSampleSize(0) == 1) {
            return new RawPage(index, width, height, dpi, ColorMode.BLACK_WHITE, packedBits(raster));
        }
        boolean colour = raster.getNumBands() >= 3;
        byte[] samples = bytes(raster, colour ? 3 : 1);
        if (colour && wanted != ColorMode.COLOR) {
            samples = luminance(samples, width * height);
            colour = false;
        }
        if (!colour && wanted == ColorMode.BLACK_WHITE) {
            return new RawPage(index, width, height, dpi, ColorMode.BLACK_WHITE, threshold(samples, width, height));
        }
        return new RawPage(index, width, height, dpi, colour ? ColorMode.COLOR : ColorMode.GRAY, samples);
    }

    /** Interleaved 8-bit samples, {@code bands} per pixel, rows without padding. */
    private static byte[] bytes(Raster raster, int bands) {
        byte[] shared = sharedBytes(raster, bands);
        if (shared != null) {
            return shared;
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
        byte[] out = new byte[width * height * bands];
        int[] row = new int[width * raster.getNumBands()];
        int at = 0;
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                for (int band = 0; band < bands; band++) {
                    out[at++] = (byte) (row[x * raster.getNumBands() + band] >>> shift);
                }
            }
        }
        return out;
    }

    private static byte[] sharedBytes(Raster raster, int bands) {
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer) || buffer.getNumBanks() != 1
                || !(raster.getSampleModel() instanceof ComponentSampleModel model)
                || raster.getParent() != null || buffer.getOffset() != 0 || raster.getNumBands() != bands) {
            return null;
        }
        int[] offsets = model.getBandOffsets();
        for (int band = 0; band < bands; band++) {
            if (offsets[band] != band) {
                return null;
            }
        }
        byte[] data = buffer.getData();
        boolean tight = model.getPixelStride() == bands && model.getScanlineStride() == raster.getWidth() * bands
                && data.length == raster.getWidth() * raster.getHeight() * bands;
        return tight ? data : null;
    }

    private static byte[] packedBits(Raster raster) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int rowBytes = (width + 7) / 8;
        SampleModel model = raster.getSampleModel();
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && model instanceof MultiPixelPackedSampleModel packed && packed.getScanlineStride() == rowBytes
                && packed.getDataBitOffset() == 0 && buffer.getOffset() == 0 && raster.getParent() == null
                && buffer.getData().length == rowBytes * height) {
            return buffer.getData();
        }
        byte[] out = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (raster.getSample(x, y, 0) != 0) {
                    out[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return out;
    }

    private static byte[] luminance(byte[] rgb, int pixels) {
        byte[] grey = new byte[pixels];
        for (int i = 0, at = 0; i < pixels; i++, at += 3) {
            int red = rgb[at] & 0xFF;
            int green = rgb[at + 1] & 0xFF;
            int blue = rgb[at + 2] & 0xFF;
            grey[i] = (byte) ((red * 77 + green * 150 + blue * 29) >>> 8);
        }
        return grey;
    }

    private static byte[] threshold(byte[] grey, int width, int height) {
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((grey[y * width + x] & 0xFF) < INK_BELOW) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return bits;
    }
}
