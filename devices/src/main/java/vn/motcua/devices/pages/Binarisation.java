package vn.motcua.devices.pages;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Grey to black and white for CCITT G4 output, with Otsu's threshold kept within bounds so that a page of
 * paper noise does not turn into speckles and a pale page keeps its text.
 */
final class Binarisation {
    static final int LOWEST = 64;
    static final int HIGHEST = 200;

    private Binarisation() {
    }

    static int threshold(Plane grey) {
        long[] histogram = new long[256];
        for (byte b : grey.data()) {
            histogram[b & 0xFF]++;
        }
        return Math.clamp(otsu(histogram, grey.data().length), LOWEST, HIGHEST);
    }

    private static int otsu(long[] histogram, long total) {
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) t * histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return threshold;
    }

    /** A 1-bit image (bit 1 = white, as TYPE_BYTE_BINARY's palette has it); pixels below the threshold are black. */
    static BufferedImage toBits(Plane grey, int threshold) {
        int w = grey.width();
        var image = new BufferedImage(w, grey.height(), BufferedImage.TYPE_BYTE_BINARY);
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] g = grey.data();
        int rowBytes = (w + 7) / 8;
        for (int y = 0; y < grey.height(); y++) {
            int in = y * w;
            int out = y * rowBytes;
            for (int bx = 0; bx < rowBytes; bx++) {
                int packed = 0;
                int end = Math.min(8, w - bx * 8);
                for (int k = 0; k < end; k++) {
                    packed |= (((g[in++] & 0xFF) - threshold) >>> 31 ^ 1) << (7 - k);
                }
                bits[out + bx] = (byte) packed;
            }
        }
        return image;
    }
}
