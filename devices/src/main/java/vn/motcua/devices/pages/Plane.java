package vn.motcua.devices.pages;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import vn.motcua.core.scan.RawPage;

/** Interleaved 8-bit samples, one (grey) or three (R, G, B) per pixel, rows without padding. */
record Plane(int width, int height, int channels, byte[] data) {
    static final int WHITE = 255;
    private static final BufferedImage GREY = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);

    Plane {
        if (data.length != (long) width * height * channels) {
            throw new IllegalArgumentException("Plane data does not match its size");
        }
    }

    static Plane blank(int width, int height, int channels) {
        return new Plane(width, height, channels, new byte[width * height * channels]);
    }

    /** Grey or RGB samples of a raw page; shares the raw array when no conversion is needed. */
    static Plane of(RawPage raw, boolean grey) {
        return switch (raw.mode()) {
            case GRAY -> new Plane(raw.width(), raw.height(), 1, exact(raw, raw.width()));
            case COLOR -> grey ? luma(raw) : new Plane(raw.width(), raw.height(), 3, exact(raw, raw.width() * 3));
            case BLACK_WHITE -> expandBits(raw, grey ? 1 : 3);
        };
    }

    private static byte[] checked(RawPage raw, int rowBytes) {
        if (raw.pixels().length < (long) rowBytes * raw.height()) {
            throw new IllegalArgumentException("Raw page " + raw.index() + " has fewer bytes than its size needs");
        }
        return raw.pixels();
    }

    private static byte[] exact(RawPage raw, int rowBytes) {
        byte[] px = checked(raw, rowBytes);
        return px.length == rowBytes * raw.height() ? px : java.util.Arrays.copyOf(px, rowBytes * raw.height());
    }

    private static Plane luma(RawPage raw) {
        byte[] rgb = checked(raw, raw.width() * 3);
        byte[] out = new byte[raw.width() * raw.height()];
        for (int i = 0, j = 0; i < out.length; i++, j += 3) {
            // ITU-R BT.601 weights in 8-bit fixed point
            out[i] = (byte) ((77 * (rgb[j] & 0xFF) + 150 * (rgb[j + 1] & 0xFF) + 29 * (rgb[j + 2] & 0xFF)) >> 8);
        }
        return new Plane(raw.width(), raw.height(), 1, out);
    }

    private static Plane expandBits(RawPage raw, int channels) {
        int rowBytes = (raw.width() + 7) / 8;
        byte[] bits = checked(raw, rowBytes);
        Plane out = blank(raw.width(), raw.height(), channels);
        byte[] data = out.data;
        int w = raw.width();
        int i = 0;
        for (int y = 0; y < raw.height(); y++) {
            int row = y * rowBytes;
            for (int x = 0; x < w; x++) {
                byte v = (byte) ((bits[row + (x >> 3)] << (x & 7) & 0x80) != 0 ? 0 : WHITE);
                if (channels == 1) {
                    data[i++] = v;
                } else {
                    data[i++] = v;
                    data[i++] = v;
                    data[i++] = v;
                }
            }
        }
        return out;
    }

    /** Wraps grey samples as a TYPE_BYTE_GRAY image without copying them. */
    BufferedImage greyImage() {
        var buffer = new DataBufferByte(data, data.length);
        WritableRaster raster = Raster.createInterleavedRaster(buffer, width, height, width, 1, new int[] {0}, new Point());
        return new BufferedImage(GREY.getColorModel(), raster, false, null);
    }

    /** Copies RGB samples into a TYPE_3BYTE_BGR image, the type the JPEG encoder handles fastest. */
    BufferedImage colourImage() {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < bgr.length; i += 3) {
            bgr[i] = data[i + 2];
            bgr[i + 1] = data[i + 1];
            bgr[i + 2] = data[i];
        }
        return image;
    }
}
