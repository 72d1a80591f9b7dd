package vn.motcua.devices.scan.sane;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;

class RawPageConversionTest {

    @Test
    void tightGreyRowsAreSharedNotCopied() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();

        RawPage page = RawPageConversion.toRawPage(4, 300, image, ColorMode.GRAY);

        assertThat(page.pixels()).isSameAs(data);
        assertThat(page).extracting(RawPage::index, RawPage::width, RawPage::height, RawPage::dpi, RawPage::mode)
                .containsExactly(4, 3, 2, 300, ColorMode.GRAY);
    }

    @Test
    void otherLayoutsBecomeRgbRows() {
        BufferedImage bgr = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(0, 0, 0x102030);
        bgr.setRGB(1, 0, 0xA0B0C0);

        RawPage page = RawPageConversion.toRawPage(0, 200, bgr, ColorMode.COLOR);

        assertThat(page.mode()).isEqualTo(ColorMode.COLOR);
        assertThat(page.pixels()).containsExactly(0x10, 0x20, 0x30, 0xA0, 0xB0, (byte) 0xC0);
    }

    @Test
    void colourAskedForAsGreyIsConvertedByLuminance() {
        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        rgb.setRGB(0, 0, 0xFFFFFF);
        rgb.setRGB(1, 0, 0xFF0000);

        RawPage page = RawPageConversion.toRawPage(0, 200, rgb, ColorMode.GRAY);

        assertThat(page.mode()).isEqualTo(ColorMode.GRAY);
        assertThat(page.pixels()).containsExactly((byte) 255, (byte) 76);
    }

    @Test
    void greyAskedForAsBlackAndWhiteIsThresholdedIntoPackedRows() {
        BufferedImage grey = new BufferedImage(10, 2, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(data, (byte) 0xFF);
        data[0] = 0;
        data[9] = 127;
        data[10 + 1] = (byte) 128;

        RawPage page = RawPageConversion.toRawPage(0, 300, grey, ColorMode.BLACK_WHITE);

        assertThat(page.mode()).isEqualTo(ColorMode.BLACK_WHITE);
        assertThat(page.pixels()).containsExactly((byte) 0x80, (byte) 0x40, 0, 0);
    }

    @Test
    void oneBitImagesKeepSetBitsAsInk() {
        BufferedImage binary = new BufferedImage(9, 1, BufferedImage.TYPE_BYTE_BINARY);
        binary.getRaster().setSample(0, 0, 0, 1);
        binary.getRaster().setSample(8, 0, 0, 1);

        RawPage page = RawPageConversion.toRawPage(0, 300, binary, ColorMode.BLACK_WHITE);

        assertThat(page.pixels()).containsExactly((byte) 0x80, (byte) 0x80);
    }
}
