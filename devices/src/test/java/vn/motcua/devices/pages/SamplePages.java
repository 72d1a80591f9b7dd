package vn.motcua.devices.pages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;

/** 300-dpi A4 pages drawn the way a scanner would deliver them, for tests and benchmarks. */
public final class SamplePages {
    public static final int DPI = 300;
    public static final int A4_WIDTH = 2480;
    public static final int A4_HEIGHT = 3508;
    public static final String[] LINES = {
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Bộ phận tiếp nhận và trả kết quả đã nhận hồ sơ của ông bà",
        "Nội dung yêu cầu giải quyết: cấp bản sao trích lục khai sinh",
        "Số điện thoại liên hệ và địa chỉ thư điện tử của người nộp",
        "Thành phần hồ sơ gồm tờ khai, giấy tờ tuỳ thân, văn bản uỷ quyền",
        "Thời gian nhận hồ sơ buổi sáng từ bảy giờ ba mươi phút",
        "Người tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ",
        "Ngày hẹn trả kết quả được tính theo ngày làm việc",
    };
    private static final Font FONT = loadFont();

    private SamplePages() {
    }

    private static Font loadFont() {
        try (InputStream in = SamplePages.class.getResourceAsStream("/vn/motcua/devices/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A full page of 12-point text, turned clockwise by {@code skewDegrees}. */
    public static BufferedImage textPage(double skewDegrees, int seed) {
        return textPage(skewDegrees, seed, 52);
    }

    public static BufferedImage textPage(double skewDegrees, int seed, int lineCount) {
        BufferedImage page = whitePage();
        Graphics2D g = drawing(page);
        g.rotate(Math.toRadians(skewDegrees), A4_WIDTH / 2.0, A4_HEIGHT / 2.0);
        g.setFont(FONT.deriveFont(50f));
        var random = new Random(seed);
        for (int i = 0; i < lineCount; i++) {
            String line = LINES[random.nextInt(LINES.length)];
            g.drawString(i % 7 == 6 ? line.substring(0, line.length() / 2) : line, 295, 320 + i * 56);
        }
        g.dispose();
        return page;
    }

    public static BufferedImage whitePage() {
        var page = new BufferedImage(A4_WIDTH, A4_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(pixels(page), (byte) 250);
        return page;
    }

    /** White paper with specks of dust 1 to 4 pixels across, and the grain of paper under a scanner lamp. */
    public static BufferedImage dustyPage(int specks, int seed) {
        BufferedImage page = whitePage();
        byte[] px = pixels(page);
        var random = new Random(seed);
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (238 + random.nextInt(17));
        }
        for (int i = 0; i < specks; i++) {
            int size = 1 + random.nextInt(4);
            int x = random.nextInt(A4_WIDTH - size);
            int y = random.nextInt(A4_HEIGHT - size);
            for (int dy = 0; dy < size; dy++) {
                for (int dx = 0; dx < size; dx++) {
                    if (size < 3 || random.nextBoolean()) {
                        px[(y + dy) * A4_WIDTH + x + dx] = (byte) (30 + random.nextInt(100));
                    }
                }
            }
        }
        return page;
    }

    /** A blank page but for one short line of text. */
    public static BufferedImage shortLinePage() {
        BufferedImage page = whitePage();
        Graphics2D g = drawing(page);
        g.setFont(FONT.deriveFont(50f));
        g.drawString("Đã nhận đủ", 1500, 3000);
        g.dispose();
        return page;
    }

    /** A blank page but for a signature: a few pen strokes, about 45 mm wide. */
    public static BufferedImage signaturePage() {
        BufferedImage page = whitePage();
        Graphics2D g = drawing(page);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(1600, 3000, 1680, 2850, 1750, 3100, 1850, 2950));
        g.draw(new CubicCurve2D.Double(1850, 2950, 1900, 2900, 2000, 3050, 2120, 2980));
        g.dispose();
        return page;
    }

    public static RawPage grey(BufferedImage page, int index) {
        return new RawPage(index, page.getWidth(), page.getHeight(), DPI, ColorMode.GRAY, pixels(page).clone());
    }

    /** Packed 1-bit rows, 1 = black, as SANE and eSCL deliver line art. */
    public static RawPage blackAndWhite(BufferedImage page, int index) {
        int w = page.getWidth();
        int rowBytes = (w + 7) / 8;
        byte[] grey = pixels(page);
        byte[] bits = new byte[rowBytes * page.getHeight()];
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                if ((grey[y * w + x] & 0xFF) < 128) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new RawPage(index, w, page.getHeight(), DPI, ColorMode.BLACK_WHITE, bits);
    }

    /** RGB rows: the grey page on cream paper with a red stamp in the top right corner. */
    public static RawPage colour(BufferedImage page, int index) {
        byte[] grey = pixels(page);
        byte[] rgb = new byte[grey.length * 3];
        for (int i = 0; i < grey.length; i++) {
            int v = grey[i] & 0xFF;
            rgb[3 * i] = (byte) v;
            rgb[3 * i + 1] = (byte) v;
            rgb[3 * i + 2] = (byte) (v * 0.92);
        }
        int w = page.getWidth();
        for (int y = 200; y < 400; y++) {
            for (int x = w - 500; x < w - 300; x++) {
                int i = 3 * (y * w + x);
                rgb[i] = (byte) 220;
                rgb[i + 1] = 20;
                rgb[i + 2] = 30;
            }
        }
        return new RawPage(index, w, page.getHeight(), DPI, ColorMode.COLOR, rgb);
    }

    static byte[] pixels(BufferedImage page) {
        return ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    }

    private static Graphics2D drawing(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(25, 25, 25));
        return g;
    }
}
