package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EscPosCommandsTest {

    @Test
    void tallRasterGoesInBandsOfAtMost256RowsAndRoundTrips() {
        BufferedImage image = noise(576, 600, 7);

        EscPosDecoder.DecodedJob job = EscPosDecoder.decode(EscPosCommands.ticketJob(image));

        assertThat(job.bands()).extracting(EscPosDecoder.RasterBand::rows).containsExactly(256, 256, 88);
        assertThat(job.bands()).allMatch(band -> band.rowBytes() == 72);
        assertThat(job.commands()).first().isEqualTo("ESC @");
        assertThat(job.commands()).endsWith("ESC d 3", "GS V 66 0");
        assertThat(job.cuts()).isEqualTo(1);
        assertOnlyWhitenedDots(job.image(), image, 40);
    }

    @Test
    void realTimeSequencesNeverAppearInRasterData() {
        BufferedImage image = new BufferedImage(96, 1, BufferedImage.TYPE_BYTE_BINARY);
        byte[] row = {0x10, 0x04, 0x01, 0x10, 0x14, 0x02, 0x10, 0x05, 0x02, 0x10, 0x10, 0x04};
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < row.length; i++) {
            pixels[i] = (byte) ~row[i];
        }

        byte[] raster = EscPosCommands.raster(image);

        byte[] data = Arrays.copyOfRange(raster, 8, raster.length);
        assertThat(data).containsExactly(0x00, 0x04, 0x01, 0x00, 0x14, 0x02, 0x00, 0x05, 0x02, 0x10, 0x00, 0x04);
    }

    @Test
    void blackPixelIsASetBitWithTheDocumentedHeader() {
        BufferedImage image = new BufferedImage(16, 1, BufferedImage.TYPE_BYTE_BINARY);
        image.getRaster().setSample(0, 0, 0, 1);   // white
        for (int x = 1; x < 16; x++) {
            image.getRaster().setSample(x, 0, 0, x == 9 ? 1 : 0);   // black except x = 9
        }

        byte[] raster = EscPosCommands.raster(image);

        assertThat(raster).containsExactly(0x1D, 0x76, 0x30, 0x00, 2, 0, 1, 0, 0x7F, 0xBF);
    }

    @Test
    void paddingBitsOfANarrowRasterStayWhite() {
        BufferedImage image = new BufferedImage(12, 1, BufferedImage.TYPE_BYTE_BINARY);   // all black

        byte[] raster = EscPosCommands.raster(image);

        assertThat(raster[8]).isEqualTo((byte) 0xFF);
        assertThat(raster[9]).isEqualTo((byte) 0xF0);
    }

    @Test
    void statusRequestsAreDleEot() {
        assertThat(EscPosCommands.statusRequest(4)).containsExactly(0x10, 0x04, 0x04);
        assertThatThrownBy(() -> EscPosCommands.statusRequest(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void greyImagesAreRejected() {
        BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);

        assertThatThrownBy(() -> EscPosCommands.raster(grey)).hasMessageContaining("1-bit");
    }

    private static BufferedImage noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, random.nextInt(2));
            }
        }
        return image;
    }

    /** The decoded raster equals the original except for a few black dots whitened to break DLE sequences. */
    private static void assertOnlyWhitenedDots(BufferedImage actual, BufferedImage expected, int atMost) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int whitened = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int was = expected.getRaster().getSample(x, y, 0);
                int is = actual.getRaster().getSample(x, y, 0);
                if (was != is) {
                    assertThat(was).as("pixel %d,%d was black", x, y).isZero();
                    whitened++;
                }
            }
        }
        assertThat(whitened).isLessThanOrEqualTo(atMost);
    }
}
