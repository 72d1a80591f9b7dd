package vn.motcua.devices.printer;

import vn.motcua.devices.fonts.BundledFonts;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketRendererTest {
    private static final String VIETNAMESE_LETTERS = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
            + "aăâbcdđeêghiklmnoôơpqrstuưvxy"
            + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
            + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void ticketIsExactlyAsWideAsThePaperAndOneBit(PaperWidth paper) {
        BufferedImage image = new TicketRenderer(paper).render(SampleTickets.ticket());

        assertThat(image.getWidth()).isEqualTo(paper == PaperWidth.MM58 ? 384 : 576);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(image.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(image.getHeight()).isBetween(400, 1400);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void qrCodeReadsBackAsTheFollowUpText(PaperWidth paper) {
        BufferedImage image = new TicketRenderer(paper).render(SampleTickets.ticket());

        assertThat(TicketQrReader.read(image)).contains(SampleTickets.FOLLOW_UP);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void longServiceNamesWrapInsideTheMargins(PaperWidth paper) {
        TicketRenderer renderer = new TicketRenderer(paper);
        BufferedImage shortName = renderer.render(SampleTickets.withService("Hộ tịch"));
        BufferedImage longName = renderer.render(SampleTickets.withService(
                "Cấp bản sao trích lục hộ tịch, đăng ký lại khai sinh, khai tử, kết hôn có yếu tố nước ngoài "
                        + "và xác nhận thông tin hộ tịch theo yêu cầu của công dân"));

        assertThat(longName.getHeight()).isGreaterThan(shortName.getHeight() + 3 * 20);
        int margin = Math.round(8 * paper.textScale());
        assertThat(blackPixelsInColumns(longName, 0, margin)).isZero();
        assertThat(blackPixelsInColumns(longName, paper.dots() - margin, paper.dots())).isZero();
    }

    @Test
    void bundledFontsCoverEveryVietnameseLetter() {
        assertThat(BundledFonts.regular(20).canDisplayUpTo(VIETNAMESE_LETTERS)).isEqualTo(-1);
        assertThat(BundledFonts.bold(20).canDisplayUpTo(VIETNAMESE_LETTERS)).isEqualTo(-1);
    }

    /**
     * "Ạ" must draw as the very same "A" plus a dot below it: a missing glyph would draw a box, a code-page
     * mix-up another letter, and a dropped mark a plain "A".
     */
    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void dotBelowIsDrawnUnderTheSameLetter(PaperWidth paper) {
        TicketRenderer renderer = new TicketRenderer(paper);
        Font font = BundledFonts.regular(26 * paper.textScale());
        BufferedImage plain = renderer.renderText("A", font);
        BufferedImage dotted = renderer.renderText("Ạ", font);
        BufferedImage space = renderer.renderText(" ", font);

        assertThat(blackPixelsInColumns(space, 0, paper.dots())).isZero();
        int[] plainRows = blackRows(plain);
        int[] dottedRows = blackRows(dotted);
        assertThat(plainRows[0]).as("letter drawn").isGreaterThan(20);
        int letterBottom = lastInkedRow(plainRows);
        for (int y = 1; y <= letterBottom; y++) {
            assertThat(dottedRows[y]).as("row %d of the letter", y).isEqualTo(plainRows[y]);
        }
        int dotInk = 0;
        for (int y = letterBottom + 1; y < dottedRows.length; y++) {
            dotInk += dottedRows[y];
        }
        assertThat(dotInk).as("ink of the dot below").isBetween(4, 80);
    }

    @Test
    void pixelsAreOnlyBlackOrWhite() {
        BufferedImage image = new TicketRenderer(PaperWidth.MM80).render(SampleTickets.ticket());
        int black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                assertThat(rgb).isIn(0x000000, 0xFFFFFF);
                black += rgb == 0 ? 1 : 0;
            }
        }
        assertThat(black).isGreaterThan(10_000);
    }

    /** Index 0: total black pixels; index 1 + y: black pixels of row y. */
    private static int[] blackRows(BufferedImage image) {
        int[] rows = new int[image.getHeight() + 1];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    rows[y + 1]++;
                    rows[0]++;
                }
            }
        }
        return rows;
    }

    private static int lastInkedRow(int[] rows) {
        for (int y = rows.length - 1; y > 0; y--) {
            if (rows[y] > 0) {
                return y;
            }
        }
        return 0;
    }

    private static int blackPixelsInColumns(BufferedImage image, int fromX, int toX) {
        int black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                black += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return black;
    }
}
