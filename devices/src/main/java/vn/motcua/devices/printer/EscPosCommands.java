package vn.motcua.devices.printer;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;

/**
 * The few ESC/POS commands a raster ticket needs. Written here rather than taken from escpos-coffee,
 * whose code tables and QR command are broken for Vietnamese (see shared/DEVICES.md).
 */
public final class EscPosCommands {
    public static final int ESC = 0x1B;
    public static final int GS = 0x1D;
    public static final int DLE = 0x10;
    public static final int EOT = 0x04;
    public static final int ENQ = 0x05;
    public static final int DC4 = 0x14;
    /** Printers buffer at most this many raster rows per {@code GS v 0}; taller images go in bands. */
    public static final int MAX_BAND_ROWS = 256;
    /** Lines fed after the raster so that the cut leaves a margin below the footer. */
    public static final int FEED_LINES_BEFORE_CUT = 3;

    private EscPosCommands() {
    }

    /** {@code ESC @}: clears the print buffer and resets modes. */
    public static byte[] initialize() {
        return new byte[] {ESC, '@'};
    }

    /** {@code DLE EOT n}: real-time status request; n = 1 printer, 2 offline cause, 3 error cause, 4 paper. */
    public static byte[] statusRequest(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n must be 1..4, not " + n);
        }
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** {@code ESC d n}: prints the buffer and feeds n lines. */
    public static byte[] feedLines(int lines) {
        if (lines < 0 || lines > 255) {
            throw new IllegalArgumentException("Feed 0..255 lines, not " + lines);
        }
        return new byte[] {ESC, 'd', (byte) lines};
    }

    /** {@code GS V 66 0}: feeds to the cutter and cuts partially, so the ticket does not drop to the floor. */
    public static byte[] feedAndPartialCut() {
        return new byte[] {GS, 'V', 66, 0};
    }

    /** A whole ticket job: initialise, the raster in bands, feed, cut. */
    public static byte[] ticketJob(BufferedImage raster) {
        ByteArrayOutputStream job = new ByteArrayOutputStream(raster.getHeight() * raster.getWidth() / 8 + 256);
        job.writeBytes(initialize());
        job.writeBytes(raster(raster));
        job.writeBytes(feedLines(FEED_LINES_BEFORE_CUT));
        job.writeBytes(feedAndPartialCut());
        return job.toByteArray();
    }

    /**
     * {@code GS v 0 0 xL xH yL yH d…} bands of at most {@link #MAX_BAND_ROWS} rows. In ESC/POS a set bit
     * prints black; in a TYPE_BYTE_BINARY image a set bit is white, hence the inversion.
     */
    public static byte[] raster(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_BINARY || image.getColorModel().getPixelSize() != 1) {
            throw new IllegalArgumentException("Raster must be a 1-bit TYPE_BYTE_BINARY image");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int rowBytes = (width + 7) / 8;
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte lastByteMask = (byte) (0xFF << (rowBytes * 8 - width));
        ByteArrayOutputStream out = new ByteArrayOutputStream(rowBytes * height + 8 * (height / MAX_BAND_ROWS + 1));
        for (int bandTop = 0; bandTop < height; bandTop += MAX_BAND_ROWS) {
            int rows = Math.min(MAX_BAND_ROWS, height - bandTop);
            out.writeBytes(new byte[] {GS, 'v', '0', 0,
                    (byte) rowBytes, (byte) (rowBytes >> 8), (byte) rows, (byte) (rows >> 8)});
            for (int y = bandTop; y < bandTop + rows; y++) {
                for (int i = 0; i < rowBytes; i++) {
                    byte black = (byte) ~pixels[y * rowBytes + i];
                    out.write(i == rowBytes - 1 ? black & lastByteMask : black);
                }
            }
        }
        byte[] bytes = out.toByteArray();
        breakRealTimeSequences(bytes);
        return bytes;
    }

    /**
     * Printers execute real-time commands even inside raster data: {@code DLE EOT} answers (and would be
     * taken for the receipt confirmation), {@code DLE ENQ 2} and {@code DLE DC4 8} clear the buffer,
     * {@code DLE DC4 2} powers off. A DLE data byte (one black dot in eight) before such a code is
     * whitened; one dot less is invisible, a cleared buffer is a lost ticket. No header byte is ever DLE.
     */
    static void breakRealTimeSequences(byte[] stream) {
        for (int i = 0; i + 1 < stream.length; i++) {
            if (stream[i] == DLE && (stream[i + 1] == EOT || stream[i + 1] == ENQ || stream[i + 1] == DC4)) {
                stream[i] = 0;
            }
        }
    }
}
