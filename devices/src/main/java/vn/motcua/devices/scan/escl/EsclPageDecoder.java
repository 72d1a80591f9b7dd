package vn.motcua.devices.scan.escl;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanSettings.ColorMode;

/**
 * Turns one eSCL document (JPEG or PNG) into a {@link RawPage} of the profile's mode: 8-bit grey, 24-bit RGB,
 * or 1-bit rows packed MSB first with 1 = black and each row padded to whole bytes.
 */
final class EsclPageDecoder {
    /** A grey level below this becomes black when a page is thresholded to 1 bit. */
    static final int BLACK_BELOW = 128;

    private EsclPageDecoder() {
    }

    static RawPage decode(byte[] document, int index, int dpi, ColorMode mode) throws EsclException {
        BufferedImage image = read(document);
        byte[] pixels = switch (mode) {
            case COLOR -> rgb(image);
            case GRAY -> grey(image);
            case BLACK_WHITE -> bits(grey(image), image.getWidth(), image.getHeight());
        };
        return new RawPage(index, image.getWidth(), image.getHeight(), dpi, mode, pixels);
    }

    private static BufferedImage read(byte[] document) throws EsclException {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(document));
            if (image == null) {
                throw new EsclException(Problem.IO_ERROR, "The scanner sent a document that is neither JPEG nor PNG ("
                        + document.length + " bytes)");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new EsclException(Problem.IO_ERROR, "The scanner sent an image that cannot be decoded: "
                    + e.getMessage(), e);
        }
    }

    private static byte[] grey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] out = new byte[width * height];
        if (isPlainGrey(image)) {
            // getRGB would pass grey through a linear-to-sRGB conversion and brighten it
            int[] row = new int[width];
            Raster raster = image.getRaster();
            for (int y = 0; y < height; y++) {
                raster.getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    out[y * width + x] = (byte) row[x];
                }
            }
            return out;
        }
        int[] argb = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, argb, 0, width);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (byte) luma(argb[x]);
            }
        }
        return out;
    }

    private static byte[] rgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] out = new byte[width * height * 3];
        if (isPlainGrey(image)) {
            byte[] grey = grey(image);
            for (int i = 0; i < grey.length; i++) {
                out[3 * i] = grey[i];
                out[3 * i + 1] = grey[i];
                out[3 * i + 2] = grey[i];
            }
            return out;
        }
        int[] argb = new int[width];
        for (int y = 0, o = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, argb, 0, width);
            for (int x = 0; x < width; x++) {
                out[o++] = (byte) (argb[x] >> 16);
                out[o++] = (byte) (argb[x] >> 8);
                out[o++] = (byte) argb[x];
            }
        }
        return out;
    }

    static byte[] bits(byte[] grey, int width, int height) {
        int stride = (width + 7) / 8;
        byte[] out = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((grey[y * width + x] & 0xFF) < BLACK_BELOW) {
                    out[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return out;
    }

    private static boolean isPlainGrey(BufferedImage image) {
        return image.getColorModel() instanceof ComponentColorModel
                && image.getRaster().getNumBands() == 1
                && image.getColorModel().getComponentSize(0) == 8;
    }

    private static int luma(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (r * 299 + g * 587 + b * 114 + 500) / 1000;
    }
}
