package vn.motcua.devices.pages;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.pages.PageStep;

/**
 * Deskew and crop of a line-art page on its packed bits, without widening it to one byte per pixel: the same
 * nearest-neighbour mapping as {@link Resampling#deskewAndCrop(Plane, double, PageStep.Crop, boolean)} (16.16 fixed
 * point, identical pixels), but an output row is cut into runs that read one source row at consecutive columns —
 * at a few degrees of skew a run is dozens to hundreds of pixels — and each run is copied a byte at a time.
 */
final class LineArtDeskew {
    private static final int ONE = 65536;

    private LineArtDeskew() {
    }

    /** A TYPE_BYTE_BINARY image (bit 1 = white); the raw page's bits are 1 = black, as SANE delivers line art. */
    static BufferedImage render(RawPage raw, double degrees, PageStep.Crop crop) {
        int sw = raw.width();
        int sh = raw.height();
        int sRowBytes = (sw + 7) / 8;
        if (raw.pixels().length < (long) sRowBytes * sh) {
            throw new IllegalArgumentException("Raw page " + raw.index() + " has fewer bytes than its size needs");
        }
        int cx0 = crop == null ? 0 : crop.x();
        int cy0 = crop == null ? 0 : crop.y();
        int w = crop == null ? sw : crop.width();
        int h = crop == null ? sh : crop.height();
        var image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int dRowBytes = (w + 7) / 8;
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double cx = (sw - 1) / 2.0;
        double cy = (sh - 1) / 2.0;
        int stepX = degrees == 0 ? ONE : (int) Math.round(cos * ONE);
        int stepY = degrees == 0 ? 0 : (int) Math.round(sin * ONE);
        Source source = new Source(raw.pixels(), sRowBytes, sw, sh);
        for (int v = 0; v < h; v++) {
            long sx;
            long sy;
            if (degrees == 0) {
                sx = (long) cx0 * ONE + ONE / 2;
                sy = (long) (cy0 + v) * ONE + ONE / 2;
            } else {
                double dx = cx0 - cx;
                double dy = cy0 + v - cy;
                sx = Math.round((cx + cos * dx - sin * dy) * ONE) + ONE / 2;
                sy = Math.round((cy + sin * dx + cos * dy) * ONE) + ONE / 2;
            }
            row(source, out, v * dRowBytes, w, sx, sy, stepX, stepY);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ~out[i];
        }
        return image;
    }

    private record Source(byte[] bits, int rowBytes, int width, int height) {
    }

    /** One output row, in SANE polarity (1 = black); what falls outside the raw page stays 0 (white paper). */
    private static void row(Source s, byte[] out, int dRow, int w, long sx, long sy, int stepX, int stepY) {
        int d = ONE - stepX;
        int u = 0;
        while (u < w) {
            long ax = sx + (long) u * stepX;
            long ay = sy + (long) u * stepY;
            int ix = (int) Math.floorDiv(ax, ONE);
            int iy = (int) Math.floorDiv(ay, ONE);
            int run = Math.min(w - u, runLength((int) Math.floorMod(ax, ONE), (int) Math.floorMod(ay, ONE), d, stepY));
            if (iy >= 0 && iy < s.height()) {
                int from = Math.max(0, -ix);
                int to = Math.min(run, s.width() - ix);
                if (from < to) {
                    copyBits(s.bits(), iy * s.rowBytes(), ix + from, out, dRow, u + from, to - from);
                }
            }
            u += run;
        }
    }

    /**
     * How many pixels from here read consecutive columns of one source row: until the y fraction crosses a whole
     * row, or the x steps (a little under one pixel) have lost a whole column.
     */
    private static int runLength(int fracX, int fracY, int d, int stepY) {
        long run = Integer.MAX_VALUE;
        if (d > 0) {
            run = fracX / d + 1;
        }
        if (stepY > 0) {
            run = Math.min(run, (ONE - 1 - fracY) / stepY + 1);
        } else if (stepY < 0) {
            run = Math.min(run, fracY / -stepY + 1);
        }
        return (int) run;
    }

    /** ORs {@code n} bits from {@code s} (row start, bit offset) into {@code d}, a destination byte at a time. */
    static void copyBits(byte[] s, int sRow, int sBit, byte[] d, int dRow, int dBit, int n) {
        while (n > 0) {
            int dOff = dBit & 7;
            int take = Math.min(8 - dOff, n);
            int sByte = sRow + (sBit >> 3);
            int sOff = sBit & 7;
            int window = (s[sByte] & 0xFF) << 8 | (sOff + take > 8 ? s[sByte + 1] & 0xFF : 0);
            int bits = window >>> (16 - sOff - take) & (1 << take) - 1;
            d[dRow + (dBit >> 3)] |= (byte) (bits << 8 - dOff - take);
            n -= take;
            sBit += take;
            dBit += take;
        }
    }
}
