package vn.motcua.devices.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageStep;

/** The bit-run deskew gives exactly the pixels of the byte-per-pixel nearest-neighbour path it replaces. */
class LineArtDeskewTest {

    @ParameterizedTest(name = "{0}° crop {1},{2} {3}×{4}")
    @CsvSource({
            "0, 0, 0, 0, 0",
            "0, 13, 7, 301, 222",
            "0.1, 0, 0, 0, 0",
            "0.37, 0, 0, 0, 0",
            "-0.6, 0, 0, 0, 0",
            "1.7, 5, 3, 400, 301",
            "-2.5, 0, 0, 0, 0",
            "3.9, 40, 17, 333, 250",
            "-3.9, 1, 1, 453, 333"})
    void givesTheSamePixelsAsTheBytePath(double degrees, int x, int y, int width, int height) {
        RawPage raw = randomLineArt(455, 337, 7);
        PageStep.Crop crop = width == 0 ? null : new PageStep.Crop(x, y, width, height);

        BufferedImage fast = LineArtDeskew.render(raw, degrees, crop);
        Plane slow = Resampling.deskewAndCrop(Plane.of(raw, true), degrees, crop, true);
        BufferedImage expected = Binarisation.toBits(slow, 128);

        assertThat(fast.getWidth()).isEqualTo(expected.getWidth());
        assertThat(fast.getHeight()).isEqualTo(expected.getHeight());
        assertThat(pixels(fast)).isEqualTo(pixels(expected));
    }

    @Test
    void aSamplePageAtAScannersSizeMatchesToo() {
        RawPage raw = SamplePages.blackAndWhite(SamplePages.textPage(1.3, 4), 0);

        BufferedImage fast = LineArtDeskew.render(raw, -1.3, null);
        BufferedImage expected = Binarisation.toBits(Resampling.deskewAndCrop(Plane.of(raw, true), -1.3, null, true), 128);

        assertThat(pixels(fast)).isEqualTo(pixels(expected));
    }

    @Test
    void copiesBitRangesAcrossByteBoundaries() {
        byte[] source = {(byte) 0b1011_0011, (byte) 0b1100_0101};
        byte[] target = new byte[2];

        LineArtDeskew.copyBits(source, 0, 3, target, 0, 6, 7);

        // bits 3..9 of the source (1 0011 11) land at bits 6..12 of the target
        assertThat(target).containsExactly((byte) 0b0000_0010, (byte) 0b0111_1000);
    }

    private static RawPage randomLineArt(int width, int height, int seed) {
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * height];
        new Random(seed).nextBytes(bits);
        return new RawPage(0, width, height, 300, ColorMode.BLACK_WHITE, bits);
    }

    /** Pixel values, padding bits at the end of each row left out. */
    private static int[] pixels(BufferedImage image) {
        int[] values = new int[image.getWidth() * image.getHeight()];
        image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), values);
        assertThat(image.getRaster().getDataBuffer()).isInstanceOf(DataBufferByte.class);
        return values;
    }
}
