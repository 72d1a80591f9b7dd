package vn.motcua.devices.pages;

import vn.motcua.core.scan.RawPage;

/**
 * How many ink pixels each cell of {@code factor × factor} raw pixels holds: the page at roughly 150 dpi,
 * which is all that blank detection and skew detection need. One pass over the raw bytes.
 */
record InkMap(int width, int height, int factor, int dpi, byte[] counts) {
    /** NAPS2's default: a pixel darker than this is ink. */
    static final int INK_BELOW = 179;
    static final int ANALYSIS_DPI = 150;

    static InkMap of(RawPage raw) {
        int factor = Math.max(1, Math.min(8, Math.round(raw.dpi() / (float) ANALYSIS_DPI)));
        int w = (raw.width() + factor - 1) / factor;
        int h = (raw.height() + factor - 1) / factor;
        var map = new InkMap(w, h, factor, raw.dpi(), new byte[w * h]);
        switch (raw.mode()) {
            case GRAY -> map.countGrey(raw, 1);
            case COLOR -> map.countGrey(raw, 3);
            case BLACK_WHITE -> map.countBits(raw);
        }
        return map;
    }

    int count(int x, int y) {
        return counts[y * width + x];
    }

    private void countGrey(RawPage raw, int channels) {
        byte[] px = raw.pixels();
        int rowBytes = raw.width() * channels;
        if (px.length < (long) rowBytes * raw.height()) {
            throw new IllegalArgumentException("Raw page " + raw.index() + " has fewer bytes than its size needs");
        }
        for (int y = 0; y < raw.height(); y++) {
            int row = y * rowBytes;
            int cellRow = (y / factor) * width;
            if (channels == 1) {
                countGreyRow(px, row, raw.width(), cellRow);
            } else {
                countRgbRow(px, row, raw.width(), cellRow);
            }
        }
    }

    private void countGreyRow(byte[] px, int row, int rawWidth, int cellRow) {
        for (int cx = 0, x = 0; cx < width; cx++) {
            int end = Math.min(rawWidth, x + factor);
            int ink = 0;
            for (; x < end; x++) {
                ink += ((px[row + x] & 0xFF) - INK_BELOW) >>> 31;
            }
            counts[cellRow + cx] += (byte) ink;
        }
    }

    private void countRgbRow(byte[] px, int row, int rawWidth, int cellRow) {
        for (int cx = 0, x = 0; cx < width; cx++) {
            int end = Math.min(rawWidth, x + factor);
            int ink = 0;
            for (; x < end; x++) {
                int i = row + x * 3;
                int v = (77 * (px[i] & 0xFF) + 150 * (px[i + 1] & 0xFF) + 29 * (px[i + 2] & 0xFF)) >> 8;
                ink += (v - INK_BELOW) >>> 31;
            }
            counts[cellRow + cx] += (byte) ink;
        }
    }

    private void countBits(RawPage raw) {
        byte[] bits = raw.pixels();
        int rowBytes = (raw.width() + 7) / 8;
        if (bits.length < (long) rowBytes * raw.height()) {
            throw new IllegalArgumentException("Raw page " + raw.index() + " has fewer bytes than its size needs");
        }
        for (int y = 0; y < raw.height(); y++) {
            int row = y * rowBytes;
            int cellRow = (y / factor) * width;
            for (int x = 0; x < raw.width(); x++) {
                if ((bits[row + (x >> 3)] & (0x80 >> (x & 7))) != 0) {
                    counts[cellRow + x / factor]++;
                }
            }
        }
    }
}
