package vn.motcua.devices.pages;

import vn.motcua.core.scan.pages.PageStep;

/** Geometry on planes: deskew and crop in one bilinear pass, quarter turns. Loops on the byte arrays. */
final class Resampling {
    private Resampling() {
    }

    /**
     * The part {@code crop} of the page turned back by {@code degrees} about the raw page's centre; what
     * comes from outside the raw page is white paper.
     */
    static Plane deskewAndCrop(Plane src, double degrees, PageStep.Crop crop) {
        return deskewAndCrop(src, degrees, crop, false);
    }

    /** With {@code nearest}, each output pixel takes the nearest source pixel: enough for line art, and faster. */
    static Plane deskewAndCrop(Plane src, double degrees, PageStep.Crop crop, boolean nearest) {
        int cx0 = crop == null ? 0 : crop.x();
        int cy0 = crop == null ? 0 : crop.y();
        int w = crop == null ? src.width() : crop.width();
        int h = crop == null ? src.height() : crop.height();
        if (degrees == 0) {
            return cropOnly(src, cx0, cy0, w, h);
        }
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double cx = (src.width() - 1) / 2.0;
        double cy = (src.height() - 1) / 2.0;
        Plane out = Plane.blank(w, h, src.channels());
        int stepX = (int) Math.round(cos * 65536);
        int stepY = (int) Math.round(sin * 65536);
        for (int v = 0; v < h; v++) {
            double dx = cx0 - cx;
            double dy = cy0 + v - cy;
            int sx = (int) Math.round((cx + cos * dx - sin * dy) * 65536);
            int sy = (int) Math.round((cy + sin * dx + cos * dy) * 65536);
            if (nearest && src.channels() == 1) {
                nearestGreyRow(src, out.data(), v * w, w, sx + 32768, sy + 32768, stepX, stepY);
            } else if (src.channels() == 1) {
                greyRow(src, out.data(), v * w, w, sx, sy, stepX, stepY);
            } else {
                row(src, out, v * w * src.channels(), w, sx, sy, stepX, stepY);
            }
        }
        return out;
    }

    /** {@link #row} for one channel: the hot loop of grey pages, kept free of the channel loop. */
    private static void greyRow(Plane src, byte[] o, int at, int w, int sx, int sy, int stepX, int stepY) {
        byte[] s = src.data();
        int sw = src.width();
        int maxX = sw - 1;
        int maxY = src.height() - 1;
        for (int u = 0; u < w; u++, sx += stepX, sy += stepY) {
            int ix = sx >> 16;
            int iy = sy >> 16;
            if (ix < 0 || iy < 0 || ix >= maxX || iy >= maxY) {
                o[at + u] = (byte) Plane.WHITE;
                continue;
            }
            int fx = (sx >> 8) & 0xFF;
            int fy = (sy >> 8) & 0xFF;
            int p = iy * sw + ix;
            int p00 = s[p] & 0xFF;
            int p10 = s[p + 1] & 0xFF;
            int p01 = s[p + sw] & 0xFF;
            int p11 = s[p + sw + 1] & 0xFF;
            int top = (p00 << 8) + (p10 - p00) * fx;
            int bottom = (p01 << 8) + (p11 - p01) * fx;
            o[at + u] = (byte) (((top << 8) + (bottom - top) * fy + 32768) >> 16);
        }
    }

    private static void nearestGreyRow(Plane src, byte[] o, int at, int w, int sx, int sy, int stepX, int stepY) {
        byte[] s = src.data();
        int sw = src.width();
        int sh = src.height();
        for (int u = 0; u < w; u++, sx += stepX, sy += stepY) {
            int ix = sx >> 16;
            int iy = sy >> 16;
            o[at + u] = ix < 0 || iy < 0 || ix >= sw || iy >= sh ? (byte) Plane.WHITE : s[iy * sw + ix];
        }
    }

    /** One output row; source coordinates in 16.16 fixed point, bilinear weights in 8 bits. */
    private static void row(Plane src, Plane out, int at, int w, int sx, int sy, int stepX, int stepY) {
        byte[] s = src.data();
        byte[] o = out.data();
        int ch = src.channels();
        int sw = src.width();
        int maxX = sw - 1;
        int maxY = src.height() - 1;
        int stride = sw * ch;
        for (int u = 0; u < w; u++, sx += stepX, sy += stepY) {
            int ix = sx >> 16;
            int iy = sy >> 16;
            if (ix < 0 || iy < 0 || ix >= maxX || iy >= maxY) {
                for (int c = 0; c < ch; c++) {
                    o[at++] = (byte) Plane.WHITE;
                }
                continue;
            }
            int fx = (sx >> 8) & 0xFF;
            int fy = (sy >> 8) & 0xFF;
            int p = iy * stride + ix * ch;
            for (int c = 0; c < ch; c++, p++) {
                int top = (s[p] & 0xFF) * (256 - fx) + (s[p + ch] & 0xFF) * fx;
                int bottom = (s[p + stride] & 0xFF) * (256 - fx) + (s[p + stride + ch] & 0xFF) * fx;
                o[at++] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
        }
    }

    private static Plane cropOnly(Plane src, int x0, int y0, int w, int h) {
        if (x0 == 0 && y0 == 0 && w == src.width() && h == src.height()) {
            return src;
        }
        int ch = src.channels();
        Plane out = Plane.blank(w, h, ch);
        for (int y = 0; y < h; y++) {
            System.arraycopy(src.data(), ((y0 + y) * src.width() + x0) * ch, out.data(), y * w * ch, w * ch);
        }
        return out;
    }

    /** Clockwise quarter turns. */
    static Plane turn(Plane src, int quarterTurns) {
        return switch (Math.floorMod(quarterTurns, 4)) {
            case 0 -> src;
            case 1 -> quarterTurn(src, true);
            case 2 -> halfTurn(src);
            default -> quarterTurn(src, false);
        };
    }

    private static Plane halfTurn(Plane src) {
        int ch = src.channels();
        int n = src.width() * src.height();
        Plane out = Plane.blank(src.width(), src.height(), ch);
        byte[] s = src.data();
        byte[] o = out.data();
        for (int i = 0; i < n; i++) {
            System.arraycopy(s, i * ch, o, (n - 1 - i) * ch, ch);
        }
        return out;
    }

    private static Plane quarterTurn(Plane src, boolean clockwise) {
        int ch = src.channels();
        int w = src.width();
        int h = src.height();
        Plane out = Plane.blank(h, w, ch);
        byte[] s = src.data();
        byte[] o = out.data();
        // Source rows in tiles keep both arrays' accesses within the cache.
        final int tile = 64;
        for (int ty = 0; ty < h; ty += tile) {
            for (int tx = 0; tx < w; tx += tile) {
                for (int y = ty; y < Math.min(h, ty + tile); y++) {
                    for (int x = tx; x < Math.min(w, tx + tile); x++) {
                        int ox = clockwise ? h - 1 - y : y;
                        int oy = clockwise ? x : w - 1 - x;
                        int from = (y * w + x) * ch;
                        int to = (oy * h + ox) * ch;
                        for (int c = 0; c < ch; c++) {
                            o[to + c] = s[from + c];
                        }
                    }
                }
            }
        }
        return out;
    }
}
