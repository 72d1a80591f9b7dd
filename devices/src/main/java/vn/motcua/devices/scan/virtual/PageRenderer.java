package vn.motcua.devices.scan.virtual;

import vn.motcua.devices.fonts.BundledFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a scanned-looking page: the paper slightly grey and a little skewed on a lighter scanner backdrop, a
 * Vietnamese administrative form on it (or nothing, for a blank page), then sensor noise and dust.
 * Lengths are millimetres on A4, scaled by the resolution and paper width, so every dpi gives the same layout.
 */
final class PageRenderer {
    static final int BACKDROP = 232;
    static final int PAPER = 244;
    private static final Color INK = new Color(28, 28, 30);
    private static final Color BLUE_INK = new Color(25, 45, 150);
    private static final double MARGIN_LEFT = 30;
    private static final double MARGIN_RIGHT = 15;

    private final int width;
    private final int height;
    private final double pixelsPerMm;
    private final boolean colour;
    private final SplittableRandom random;
    private Graphics2D g;
    private double y;

    /** {@code paperWidthMm} scales the A4 layout, so an A5 form comes out as a smaller copy of the same form. */
    PageRenderer(int width, int height, int dpi, double paperWidthMm, boolean colour, SplittableRandom random) {
        this.width = width;
        this.height = height;
        this.pixelsPerMm = dpi / 25.4 * paperWidthMm / 210;
        this.colour = colour;
        this.random = random;
    }

    /** {@code skewDegrees} turns the paper clockwise as seen on screen; {@code document} null gives a blank page. */
    BufferedImage render(SampleDocument document, double skewDegrees) {
        BufferedImage image = new BufferedImage(width, height,
                colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(grey(BACKDROP));
            g.fillRect(0, 0, width, height);
            g.rotate(Math.toRadians(skewDegrees), width / 2.0, height / 2.0);
            g.setColor(grey(PAPER));
            g.fillRect(0, 0, width, height);
            if (document != null) {
                drawDocument(document);
            }
        } finally {
            g.dispose();
        }
        addDust(image);
        addNoise(image.getRaster());
        return image;
    }

    private void drawDocument(SampleDocument document) {
        g.setColor(INK);
        drawHeader(document);
        y = 52;
        centred(BundledFonts.bold(pt(13)), document.title());
        y += 6;
        centred(BundledFonts.regular(pt(11.5f)), document.recipient());
        y += 4;
        for (String field : document.fields()) {
            wrapped(BundledFonts.regular(pt(11)), field, 0);
        }
        for (String paragraph : document.paragraphs()) {
            y += 1.5;
            wrapped(BundledFonts.regular(pt(11)), paragraph, 10);
        }
        y += 4;
        drawTable(document.table());
        drawSignature(document);
    }

    private void drawHeader(SampleDocument document) {
        double left = MARGIN_LEFT + 32;
        double right = 210 - MARGIN_RIGHT - 58;
        Font bold = BundledFonts.bold(pt(10));
        List<String> agency = document.agency();
        for (int i = 0; i < agency.size(); i++) {
            centredAt(bold, agency.get(i), left, 18 + 5 * i);
        }
        centredAt(bold, SampleDocument.NATION, right, 18);
        centredAt(BundledFonts.bold(pt(11)), SampleDocument.MOTTO, right, 23.5);
        double underline = g.getFontMetrics(BundledFonts.bold(pt(11))).stringWidth(SampleDocument.MOTTO) / pixelsPerMm;
        line(right - underline / 2, 25.3, right + underline / 2, 25.3, 0.25);
        centredAt(BundledFonts.regular(pt(10.5f)), document.place() + ", ngày " + (1 + random.nextInt(28))
                + " tháng " + (1 + random.nextInt(12)) + " năm 2025", right, 33);
    }

    private void drawTable(List<String> rows) {
        int columns = rows.get(0).split("\\|").length;
        double tableWidth = 210 - MARGIN_LEFT - MARGIN_RIGHT;
        double first = 14;
        double other = (tableWidth - first) / (columns - 1);
        double rowHeight = 7.5;
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\\|");
            Font font = r == 0 ? BundledFonts.bold(pt(10)) : BundledFonts.regular(pt(10));
            double x = MARGIN_LEFT;
            for (int c = 0; c < columns; c++) {
                double cellWidth = c == 0 ? first : other;
                box(x, y, cellWidth, rowHeight);
                centredAt(font, c < cells.length ? cells[c] : "", x + cellWidth / 2, y + 5.2);
                x += cellWidth;
            }
            y += rowHeight;
        }
    }

    private void drawSignature(SampleDocument document) {
        double centre = 210 - MARGIN_RIGHT - 40;
        double top = Math.max(y + 10, 215);
        centredAt(BundledFonts.bold(pt(11)), document.signerRole(), centre, top);
        centredAt(BundledFonts.regular(pt(10)), "(Ký, ghi rõ họ, tên)", centre, top + 5);
        g.setColor(colour ? BLUE_INK : INK);
        signatureStroke(centre, top + 18);
        centredAt(BundledFonts.bold(pt(11)), document.signerName(), centre, top + 33);
        g.setColor(INK);
    }

    /** A hand-written flourish: a few random loops, different on every page. */
    private void signatureStroke(double centre, double baseline) {
        Path2D.Double path = new Path2D.Double();
        double x = centre - 18;
        path.moveTo(px(x), px(baseline));
        for (int i = 0; i < 5; i++) {
            double next = x + 5 + random.nextDouble() * 4;
            path.curveTo(px(x + 2), px(baseline - 6 - random.nextDouble() * 5), px(next - 1),
                    px(baseline + 3 + random.nextDouble() * 3), px(next), px(baseline - random.nextDouble() * 2));
            x = next;
        }
        g.setStroke(new BasicStroke((float) px(0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private void wrapped(Font font, String text, double indent) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double lineHeight = metrics.getHeight() / pixelsPerMm * 1.15;
        double available = px(210 - MARGIN_LEFT - MARGIN_RIGHT);
        double firstIndent = indent;
        for (String line : lines(metrics, text, available, px(indent))) {
            y += lineHeight;
            g.drawString(line, (float) px(MARGIN_LEFT + firstIndent), (float) px(y));
            firstIndent = 0;
        }
    }

    private static List<String> lines(FontMetrics metrics, String text, double available, double indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            double room = lines.isEmpty() ? available - indent : available;
            if (metrics.stringWidth(candidate) > room && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void centred(Font font, String text) {
        g.setFont(font);
        y += g.getFontMetrics().getHeight() / pixelsPerMm;
        centredAt(font, text, (MARGIN_LEFT + 210 - MARGIN_RIGHT) / 2, y);
    }

    private void centredAt(Font font, String text, double centreMm, double baselineMm) {
        g.setFont(font);
        int textWidth = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (px(centreMm) - textWidth / 2.0), (float) px(baselineMm));
    }

    private void box(double x, double top, double w, double h) {
        g.setStroke(new BasicStroke((float) px(0.25)));
        g.drawRect((int) px(x), (int) px(top), (int) px(w), (int) px(h));
    }

    private void line(double x1, double y1, double x2, double y2, double thickness) {
        g.setStroke(new BasicStroke((float) px(thickness)));
        g.drawLine((int) px(x1), (int) px(y1), (int) px(x2), (int) px(y2));
    }

    /** Specks of dust and toner, 0.1-0.3 mm across; they must stay too few to count as ink on a blank page. */
    private void addDust(BufferedImage image) {
        Graphics2D dust = image.createGraphics();
        int specks = 12 + random.nextInt(25);
        for (int i = 0; i < specks; i++) {
            int size = (int) Math.max(1, Math.round(px(0.1 + random.nextDouble() * 0.2)));
            dust.setColor(grey(40 + random.nextInt(90)));
            dust.fillOval(random.nextInt(width), random.nextInt(height), size, size);
        }
        dust.dispose();
    }

    /** Sensor noise of a few grey levels on every sample. */
    private void addNoise(WritableRaster raster) {
        int bands = raster.getNumBands();
        int[] row = new int[width * bands];
        for (int yy = 0; yy < height; yy++) {
            raster.getPixels(0, yy, width, 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.clamp(row[i] + random.nextInt(7) - 3, 0, 255);
            }
            raster.setPixels(0, yy, width, 1, row);
        }
    }

    private double px(double mm) {
        return mm * pixelsPerMm;
    }

    /** Font size in pixels for a size in points at this resolution. */
    private float pt(float points) {
        return (float) (points * 25.4 / 72 * pixelsPerMm);
    }

    private static Color grey(int level) {
        return new Color(level, level, level);
    }
}
