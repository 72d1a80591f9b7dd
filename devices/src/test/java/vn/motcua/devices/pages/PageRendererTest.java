package vn.motcua.devices.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageStep;
import vn.motcua.core.scan.pages.PageTransform;

class PageRendererTest {
    private final PageRenderer renderer = new PageRenderer();

    /** 3 × 2 grey page with distinct values: 10 20 30 / 40 50 60. */
    private static RawPage tiny() {
        return new RawPage(0, 3, 2, 300, ColorMode.GRAY, new byte[] {10, 20, 30, 40, 50, 60});
    }

    private static int[][] grey(BufferedImage image) {
        int[][] rows = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                rows[y][x] = image.getRaster().getSample(x, y, 0);
            }
        }
        return rows;
    }

    private PageImage render(RawPage raw, PageStep... steps) {
        return renderer.render(raw, PageTransform.of(List.of(steps)), ColorMode.GRAY);
    }

    @Test
    void turnsQuarterTurnsClockwise() {
        assertThat(grey(render(tiny(), new PageStep.Rotate(1)).image()))
                .isDeepEqualTo(new int[][] {{40, 10}, {50, 20}, {60, 30}});
        assertThat(grey(render(tiny(), new PageStep.Rotate(2)).image()))
                .isDeepEqualTo(new int[][] {{60, 50, 40}, {30, 20, 10}});
        assertThat(grey(render(tiny(), new PageStep.Rotate(3)).image()))
                .isDeepEqualTo(new int[][] {{30, 60}, {20, 50}, {10, 40}});
    }

    @Test
    void cropsInRawCoordinatesBeforeTurning() {
        assertThat(grey(render(tiny(), new PageStep.Crop(1, 0, 2, 2)).image())).isDeepEqualTo(new int[][] {{20, 30}, {50, 60}});
        assertThat(grey(render(tiny(), new PageStep.Rotate(1), new PageStep.Crop(1, 0, 2, 2)).image()))
                .isDeepEqualTo(new int[][] {{50, 20}, {60, 30}});
    }

    @Test
    void neverChangesTheRawPageNorSharesItsBytes() {
        RawPage raw = tiny();
        byte[] before = raw.pixels().clone();
        PageImage image = render(raw);
        image.image().getRaster().setSample(0, 0, 0, 255);
        render(raw, new PageStep.Rotate(1), new PageStep.Deskew(3));
        assertThat(raw.pixels()).isEqualTo(before);
        assertThat(image.dpi()).isEqualTo(300);
    }

    @Test
    void deskewingByTheDetectedAngleStraightensThePage() {
        RawPage skewed = SamplePages.grey(SamplePages.textPage(2.5, 5), 0);
        var detector = new SkewDetector();
        double found = detector.detect(skewed);
        PageImage straight = render(skewed, new PageStep.Deskew(found));
        assertThat(straight.width()).isEqualTo(skewed.width());
        RawPage again = SamplePages.grey(straight.image(), 1);
        assertThat(detector.detect(again)).isCloseTo(0, within(0.15));
        assertThat(straight.image().getRaster().getSample(2, 2, 0)).as("corners filled white").isEqualTo(255);
    }

    @Test
    void rendersBlackAndWhiteWithTextBlackAndPaperWhite() {
        RawPage raw = SamplePages.grey(SamplePages.textPage(0, 6), 0);
        PageImage bw = renderer.render(raw, PageTransform.NONE, ColorMode.BLACK_WHITE);
        assertThat(bw.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(bw.image().getRGB(10, 10)).isEqualTo(0xFFFFFFFF);
        long black = 0;
        for (int y = 300; y < 400; y++) {
            for (int x = 295; x < 1500; x++) {
                black += bw.image().getRGB(x, y) == 0xFF000000 ? 1 : 0;
            }
        }
        assertThat(black).isGreaterThan(5_000);
    }

    @Test
    void rendersLineArtBackIntoTheSameBits() {
        RawPage raw = SamplePages.blackAndWhite(SamplePages.textPage(0, 8), 0);
        PageImage bw = renderer.render(raw, PageTransform.NONE, ColorMode.BLACK_WHITE);
        RawPage again = SamplePages.blackAndWhite(toGrey(bw.image()), 1);
        assertThat(again.pixels()).isEqualTo(raw.pixels());
    }

    @Test
    void keepsColourChannelsInOrder() {
        RawPage raw = SamplePages.colour(SamplePages.whitePage(), 0);
        PageImage colour = renderer.render(raw, new PageTransform(0, Optional.empty(), 1), ColorMode.COLOR);
        assertThat(colour.image().getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        // The stamp at the raw page's top right lies at the bottom right after a clockwise quarter turn.
        int rgb = colour.image().getRGB(colour.width() - 300, raw.width() - 400);
        assertThat(rgb & 0xFFFFFF).isEqualTo(0xDC141E);
        assertThat(renderer.render(raw, PageTransform.NONE, ColorMode.GRAY).image().getRaster().getSample(2000, 300, 0))
                .isBetween(70, 90);
    }

    private static BufferedImage toGrey(BufferedImage bits) {
        var grey = new BufferedImage(bits.getWidth(), bits.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.createGraphics().drawImage(bits, 0, 0, null);
        return grey;
    }
}
