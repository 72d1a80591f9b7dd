package vn.motcua.devices.printer;

import vn.motcua.devices.fonts.BundledFonts;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.core.queue.PrintedTicket;

/**
 * Draws a ticket as a 1-bit raster exactly as wide as the paper's printable area. Text is drawn in grey
 * with the bundled fonts and then thresholded, so the printer gets only black and white dots.
 */
public final class TicketRenderer {
    private static final int WHITE_THRESHOLD = 160;
    private static final int QR_QUIET_MODULES = 4;
    private static final int QR_MIN_MODULE_DOTS = 3;

    private final PaperWidth paper;
    private final int width;
    private final int margin;
    private final float scale;

    public TicketRenderer(PaperWidth paper) {
        this.paper = paper;
        this.width = paper.dots();
        this.margin = Math.round(8 * paper.textScale());
        this.scale = paper.textScale();
    }

    public PaperWidth paper() {
        return paper;
    }

    /** A TYPE_BYTE_BINARY image {@link PaperWidth#dots()} wide; pixel index 0 is black (printed). */
    public BufferedImage render(PrintedTicket ticket) {
        TicketText text = TicketText.of(ticket);
        Graphics2D measure = canvas(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
        List<Block> blocks = new ArrayList<>();
        blocks.add(text(measure, text.header(), BundledFonts.bold(28 * scale)));
        blocks.add(gap(6));
        blocks.add(text(measure, text.service(), BundledFonts.regular(26 * scale)));
        blocks.add(gap(8));
        blocks.add(rule());
        blocks.add(gap(10));
        blocks.add(text(measure, text.numberLabel(), BundledFonts.regular(22 * scale)));
        blocks.add(text(measure, text.number(), numberFont(measure, text.number())));
        blocks.add(rule());
        blocks.add(gap(10));
        Font info = BundledFonts.regular(24 * scale);
        blocks.add(text(measure, text.issued(), info));
        blocks.add(text(measure, text.peopleAhead(), info));
        blocks.add(text(measure, text.expectedWait(), info));
        blocks.add(qr(ticket.followUpQr()));
        blocks.add(text(measure, text.footer(), BundledFonts.bold(26 * scale)));
        measure.dispose();
        return draw(blocks);
    }

    /** One line of text on its own, as the ticket draws it; lets tests look at single glyphs. */
    BufferedImage renderText(String line, Font font) {
        Graphics2D measure = canvas(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
        Block block = text(measure, line, font);
        measure.dispose();
        return draw(List.of(block));
    }

    private BufferedImage draw(List<Block> blocks) {
        int height = 2 * margin + blocks.stream().mapToInt(Block::height).sum();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas(grey);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        int top = margin;
        for (Block block : blocks) {
            block.draw(g, top);
            top += block.height();
        }
        g.dispose();
        return threshold(grey);
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** The ticket number as large as the paper allows, up to about 19 mm high. */
    private Font numberFont(Graphics2D measure, String number) {
        float size = 150 * scale;
        Font font = BundledFonts.bold(size);
        int available = width - 2 * margin;
        int textWidth = measure.getFontMetrics(font).stringWidth(number);
        if (textWidth > available) {
            font = BundledFonts.bold(Math.max(12, size * available / textWidth));
        }
        return font;
    }

    private Block text(Graphics2D measure, String text, Font font) {
        FontMetrics metrics = measure.getFontMetrics(font);
        List<String> lines = TextWrap.lines(text, metrics, width - 2 * margin);
        int lineHeight = metrics.getAscent() + metrics.getDescent();
        return new Block(lines.size() * lineHeight, (g, top) -> {
            g.setFont(font);
            FontMetrics m = g.getFontMetrics();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                g.drawString(line, (width - m.stringWidth(line)) / 2, top + i * lineHeight + m.getAscent());
            }
        });
    }

    private Block gap(int dots) {
        return new Block(Math.round(dots * scale), (g, top) -> { });
    }

    private Block rule() {
        int thickness = 2;
        return new Block(thickness, (g, top) -> g.fillRect(margin, top, width - 2 * margin, thickness));
    }

    private Block qr(String content) {
        BitMatrix matrix = encodeQr(content);
        int modules = matrix.getWidth();
        int available = width - 2 * margin;
        int target = Math.round(width * 0.45f);
        int module = Math.min(Math.max(QR_MIN_MODULE_DOTS, target / modules), available / modules);
        if (module < 1) {
            throw new IllegalArgumentException("Follow-up QR text too long for the paper: "
                    + content.getBytes(StandardCharsets.UTF_8).length + " bytes");
        }
        int side = modules * module;
        int quiet = QR_QUIET_MODULES * module;
        return new Block(side + 2 * quiet, (g, top) -> {
            int left = (width - side) / 2;
            for (int y = 0; y < modules; y++) {
                for (int x = 0; x < modules; x++) {
                    if (matrix.get(x, y)) {
                        g.fillRect(left + x * module, top + quiet + y * module, module, module);
                    }
                }
            }
        });
    }

    /** ZXing counts bytes in UTF-8, so Vietnamese text in the QR survives (escpos-coffee's QRCode does not). */
    private static BitMatrix encodeQr(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Follow-up QR text cannot be encoded", e);
        }
    }

    private static BufferedImage threshold(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage bits = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        byte[] source = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] target = ((DataBufferByte) bits.getRaster().getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((source[y * w + x] & 0xFF) >= WHITE_THRESHOLD) {
                    target[y * stride + x / 8] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        return bits;
    }

    private record Block(int height, Painter painter) {
        void draw(Graphics2D g, int top) {
            painter.paint(g, top);
        }
    }

    @FunctionalInterface
    private interface Painter {
        void paint(Graphics2D g, int top);
    }
}
