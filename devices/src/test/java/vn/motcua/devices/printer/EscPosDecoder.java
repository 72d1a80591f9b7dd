package vn.motcua.devices.printer;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the ESC/POS commands MotCua Desk emits ({@code ESC @}, {@code GS v 0} bands, {@code ESC d},
 * {@code GS V}, {@code DLE EOT}) and rebuilds the raster. Any other byte is an error, so a test notices
 * when the client starts sending something unexpected.
 */
public final class EscPosDecoder {
    private EscPosDecoder() {
    }

    /** One {@code GS v 0} band: bytes per row, rows, and the packed bits (1 = black). */
    public record RasterBand(int offset, int rowBytes, int rows, byte[] data) {
    }

    /** Everything found in a byte stream, in the order it came. */
    public record DecodedJob(int initializations, List<Integer> statusRequests, List<RasterBand> bands,
            int linesFed, int cuts, List<String> commands) {

        public boolean hasRaster() {
            return !bands.isEmpty();
        }

        /** The bands stacked into one TYPE_BYTE_BINARY image (black = index 0), or null without raster. */
        public BufferedImage image() {
            if (bands.isEmpty()) {
                return null;
            }
            int rowBytes = bands.get(0).rowBytes();
            for (RasterBand band : bands) {
                if (band.rowBytes() != rowBytes) {
                    throw new IllegalStateException("Bands of different widths: " + rowBytes + " and " + band.rowBytes());
                }
            }
            int height = bands.stream().mapToInt(RasterBand::rows).sum();
            BufferedImage image = new BufferedImage(rowBytes * 8, height, BufferedImage.TYPE_BYTE_BINARY);
            WritableRaster raster = image.getRaster();
            int top = 0;
            for (RasterBand band : bands) {
                for (int y = 0; y < band.rows(); y++) {
                    for (int x = 0; x < rowBytes * 8; x++) {
                        boolean black = (band.data()[y * rowBytes + x / 8] & (0x80 >>> (x & 7))) != 0;
                        raster.setSample(x, top + y, 0, black ? 0 : 1);
                    }
                }
                top += band.rows();
            }
            return image;
        }
    }

    public static DecodedJob decode(byte[] bytes) {
        Parser parser = new Parser(bytes);
        parser.run();
        return new DecodedJob(parser.initializations, List.copyOf(parser.statusRequests), List.copyOf(parser.bands),
                parser.linesFed, parser.cuts, List.copyOf(parser.commands));
    }

    private static final class Parser {
        private final byte[] bytes;
        private int at;
        private int initializations;
        private int linesFed;
        private int cuts;
        private final List<Integer> statusRequests = new ArrayList<>();
        private final List<RasterBand> bands = new ArrayList<>();
        private final List<String> commands = new ArrayList<>();

        Parser(byte[] bytes) {
            this.bytes = bytes;
        }

        void run() {
            while (at < bytes.length) {
                int start = at;
                int command = next();
                switch (command) {
                    case EscPosCommands.ESC -> escape(start);
                    case EscPosCommands.GS -> groupSeparator(start);
                    case EscPosCommands.DLE -> realTime(start);
                    default -> throw unexpected(start, command);
                }
            }
        }

        private void escape(int start) {
            int code = next();
            switch (code) {
                case '@' -> {
                    initializations++;
                    commands.add("ESC @");
                }
                case 'd' -> {
                    int lines = next();
                    linesFed += lines;
                    commands.add("ESC d " + lines);
                }
                default -> throw unexpected(start, code);
            }
        }

        private void groupSeparator(int start) {
            int code = next();
            switch (code) {
                case 'v' -> rasterBand(start);
                case 'V' -> cut(start);
                default -> throw unexpected(start, code);
            }
        }

        private void rasterBand(int start) {
            int function = next();
            int mode = next();
            if (function != '0' || mode != 0) {
                throw new IllegalArgumentException("GS v " + function + " mode " + mode + " at " + start
                        + ": only GS v 0 normal mode is expected");
            }
            int rowBytes = next() | next() << 8;
            int rows = next() | next() << 8;
            int length = rowBytes * rows;
            if (at + length > bytes.length) {
                throw new IllegalArgumentException("Raster band at " + start + " is cut short: " + length
                        + " bytes announced, " + (bytes.length - at) + " left");
            }
            byte[] data = new byte[length];
            System.arraycopy(bytes, at, data, 0, length);
            at += length;
            bands.add(new RasterBand(start, rowBytes, rows, data));
            commands.add("GS v 0 " + rowBytes + "x" + rows);
        }

        private void cut(int start) {
            int mode = next();
            if (mode == 65 || mode == 66 || mode == 97 || mode == 98 || mode == 103 || mode == 104) {
                commands.add("GS V " + mode + " " + next());
            } else if (mode == 0 || mode == 1 || mode == 48 || mode == 49) {
                commands.add("GS V " + mode);
            } else {
                throw unexpected(start, mode);
            }
            cuts++;
        }

        private void realTime(int start) {
            int code = next();
            if (code != EscPosCommands.EOT) {
                throw unexpected(start, code);
            }
            int n = next();
            statusRequests.add(n);
            commands.add("DLE EOT " + n);
        }

        private int next() {
            if (at >= bytes.length) {
                throw new IllegalArgumentException("Command cut short at the end of " + bytes.length + " bytes");
            }
            return bytes[at++] & 0xFF;
        }

        private IllegalArgumentException unexpected(int start, int value) {
            return new IllegalArgumentException(String.format("Unexpected byte 0x%02X in the command at offset %d",
                    value, start));
        }
    }
}
