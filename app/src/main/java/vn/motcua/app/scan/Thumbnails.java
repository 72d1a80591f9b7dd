package vn.motcua.app.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import vn.motcua.core.scan.RawPage;

/**
 * Small grey pictures of raw pages, sampled straight from the raw bytes (nearest pixel) so a 300-dpi page costs
 * a few milliseconds, not a full render. Quarter turns turn the small picture; a fine deskew is not worth showing.
 */
final class Thumbnails {
    static final int WIDTH = 150;

    private Thumbnails() {
    }

    static BufferedImage of(RawPage raw) {
        int step = Math.max(1, raw.width() / WIDTH);
        int w = raw.width() / step;
        int h = raw.height() / step;
        byte[] grey = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                grey[y * w + x] = sample(raw, x * step, y * step);
            }
        }
        return turned(grey, w, h, 0);
    }

    private static byte sample(RawPage raw, int x, int y) {
        byte[] px = raw.pixels();
        return switch (raw.mode()) {
            case GRAY -> px[y * raw.width() + x];
            case COLOR -> {
                int i = (y * raw.width() + x) * 3;
                yield (byte) (((px[i] & 0xFF) * 3 + (px[i + 1] & 0xFF) * 6 + (px[i + 2] & 0xFF)) / 10);
            }
            case BLACK_WHITE -> (px[y * ((raw.width() + 7) / 8) + (x >> 3)] & (0x80 >> (x & 7))) != 0
                    ? 0 : (byte) 0xFF;
        };
    }

    /** The same small picture turned: rotating is done on it, never by reading the raw page again. */
    static BufferedImage turned(BufferedImage picture, int quarterTurns) {
        int turns = Math.floorMod(quarterTurns, 4);
        if (turns == 0) {
            return picture;
        }
        byte[] grey = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        return turned(grey, picture.getWidth(), picture.getHeight(), turns);
    }

    private static BufferedImage turned(byte[] grey, int w, int h, int turns) {
        boolean sideways = turns % 2 == 1;
        BufferedImage image = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int ow = image.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx = switch (turns) {
                    case 1 -> h - 1 - y;
                    case 2 -> w - 1 - x;
                    case 3 -> y;
                    default -> x;
                };
                int ty = switch (turns) {
                    case 1 -> x;
                    case 2 -> h - 1 - y;
                    case 3 -> w - 1 - x;
                    default -> y;
                };
                out[ty * ow + tx] = grey[y * w + x];
            }
        }
        return image;
    }
}
