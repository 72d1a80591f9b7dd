package vn.motcua.devices.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.devices.fonts.BundledFonts;
import vn.motcua.devices.register.ExportedFile;

/**
 * Lays a {@link ReportDocument} out on A4 portrait pages with PDFBox: the bundled DejaVu Sans embedded (subset),
 * so every Vietnamese letter prints on any machine; tables break across pages with their header repeated; bar
 * charts with a scale, a legend and the value over each bar. Stateless and thread-safe.
 */
public final class ReportPdf {
    static final float MARGIN = 42;
    private static final float BODY = 8.5f;
    private static final float ROW_PADDING = 3;
    private static final Color HEADER_FILL = new Color(0xE4, 0xE9, 0xF0);
    private static final Color RULE = new Color(0x8A, 0x94, 0xA3);
    private static final Color[] SERIES = {new Color(0x1F, 0x5F, 0xA8), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x3C, 0x9D, 0x5D), new Color(0xB8, 0x3B, 0x3B)};

    /** Replaces {@code target} whole, or leaves it as it was when writing fails. */
    public void write(ReportDocument report, Path target) {
        try {
            ExportedFile.write(target, out -> write(report, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + target, e);
        }
    }

    public byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(ReportDocument report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(text(report.title()));
            document.getDocumentInformation().setCreator("MotCua Desk");
            Fonts fonts = new Fonts(load(document, BundledFonts.REGULAR_RESOURCE),
                    load(document, BundledFonts.BOLD_RESOURCE));
            try (Pages pages = new Pages(document, fonts)) {
                pages.text(report.title(), fonts.bold, 15, Color.BLACK);
                pages.gap(2);
                for (String line : report.lines()) {
                    pages.text(line, fonts.regular, 9.5f, Color.DARK_GRAY);
                }
                pages.gap(8);
                for (ReportDocument.Section section : report.sections()) {
                    switch (section) {
                        case ReportDocument.Table table -> pages.table(table);
                        case ReportDocument.BarChart chart -> pages.chart(chart);
                    }
                    pages.gap(10);
                }
            }
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String foot = report.footer() + "   " + (i + 1) + "/" + count;
                    float width = fonts.regular.getStringWidth(text(foot)) / 1000 * 7.5f;
                    footer.beginText();
                    footer.setFont(fonts.regular, 7.5f);
                    footer.setNonStrokingColor(Color.GRAY);
                    footer.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - width, MARGIN / 2);
                    footer.showText(text(foot));
                    footer.endText();
                }
            }
            document.save(out);
        }
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = ReportPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the devices jar: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Composed Unicode: one glyph per Vietnamese letter. */
    static String text(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private record Fonts(PDFont regular, PDFont bold) {
    }

    /** The page being filled and where the next line goes. */
    private static final class Pages implements AutoCloseable {
        private final PDDocument document;
        private final Fonts fonts;
        private final PDRectangle size = PDRectangle.A4;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void text(String line, PDFont font, float points, Color color) throws IOException {
            for (String wrapped : wrap(line, font, points, width())) {
                ensure(points * 1.35f);
                y -= points * 1.35f;
                show(wrapped, font, points, MARGIN, y, color);
            }
        }

        void show(String value, PDFont font, float points, float x, float baseline, Color color) throws IOException {
            content.beginText();
            content.setFont(font, points);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(ReportPdf.text(value));
            content.endText();
        }

        float widthOf(String value, PDFont font, float points) throws IOException {
            return font.getStringWidth(ReportPdf.text(value)) / 1000 * points;
        }

        List<String> wrap(String value, PDFont font, float points, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : value.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (widthOf(candidate, font, points) <= max || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        void table(ReportDocument.Table table) throws IOException {
            double total = table.widths().stream().mapToDouble(Double::doubleValue).sum();
            float[] widths = new float[table.headers().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (float) (table.widths().get(i) / total * width());
            }
            ensure(60);
            text(table.title(), fonts.bold, 10.5f, Color.BLACK);
            gap(3);
            row(table.headers(), widths, table.numeric(), true);
            for (List<String> cells : table.rows()) {
                if (y - rowHeight(cells, widths, false) < MARGIN) {
                    newPage();
                    row(table.headers(), widths, table.numeric(), true);
                }
                row(cells, widths, table.numeric(), false);
            }
            if (!table.note().isBlank()) {
                gap(2);
                text(table.note(), fonts.regular, 7.5f, Color.DARK_GRAY);
            }
        }

        float rowHeight(List<String> cells, float[] widths, boolean header) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, wrap(cells.get(i), header ? fonts.bold : fonts.regular, BODY,
                        widths[i] - 2 * ROW_PADDING).size());
            }
            return lines * BODY * 1.25f + 2 * ROW_PADDING;
        }

        void row(List<String> cells, float[] widths, List<Boolean> numeric, boolean header) throws IOException {
            float height = rowHeight(cells, widths, header);
            float top = y;
            float x = MARGIN;
            if (header) {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(MARGIN, top - height, width(), height);
                content.fill();
            }
            content.setStrokingColor(RULE);
            content.setLineWidth(0.4f);
            for (int i = 0; i < cells.size(); i++) {
                content.addRect(x, top - height, widths[i], height);
                content.stroke();
                PDFont font = header ? fonts.bold : fonts.regular;
                float baseline = top - ROW_PADDING - BODY;
                for (String line : wrap(cells.get(i), font, BODY, widths[i] - 2 * ROW_PADDING)) {
                    float left = numeric.get(i) && !header
                            ? x + widths[i] - ROW_PADDING - widthOf(line, font, BODY) : x + ROW_PADDING;
                    show(line, font, BODY, left, baseline, Color.BLACK);
                    baseline -= BODY * 1.25f;
                }
                x += widths[i];
            }
            y = top - height;
        }

        void chart(ReportDocument.BarChart chart) throws IOException {
            float height = 150;
            ensure(height + 50);
            text(chart.title(), fonts.bold, 10.5f, Color.BLACK);
            gap(4);
            // legend
            float lx = MARGIN;
            for (int s = 0; s < chart.series().size(); s++) {
                content.setNonStrokingColor(SERIES[s % SERIES.length]);
                content.addRect(lx, y - 8, 8, 8);
                content.fill();
                String name = chart.series().get(s).name();
                show(name, fonts.regular, 7.5f, lx + 11, y - 7.5f, Color.DARK_GRAY);
                lx += 11 + widthOf(name, fonts.regular, 7.5f) + 14;
            }
            gap(20);
            double max = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue)
                    .max().orElse(0);
            double scale = niceCeiling(max);
            float left = MARGIN + 34;
            float bottom = y - height;
            float plotWidth = width() - 34;
            content.setStrokingColor(RULE);
            content.setLineWidth(0.4f);
            for (int tick = 0; tick <= 4; tick++) {
                float ty = bottom + height * tick / 4;
                content.moveTo(left, ty);
                content.lineTo(left + plotWidth, ty);
                content.stroke();
                String label = format(scale * tick / 4) + (tick == 4 ? " " + chart.unit() : "");
                show(label, fonts.regular, 6.5f, MARGIN, ty - 2, Color.GRAY);
            }
            int groups = chart.labels().size();
            int series = chart.series().size();
            float groupWidth = groups == 0 ? plotWidth : plotWidth / groups;
            float barWidth = Math.max(1.5f, groupWidth * 0.8f / series);
            for (int g = 0; g < groups; g++) {
                float gx = left + g * groupWidth + groupWidth * 0.1f;
                for (int s = 0; s < series; s++) {
                    double value = chart.series().get(s).values().get(g);
                    float barHeight = scale == 0 ? 0 : (float) (value / scale * height);
                    content.setNonStrokingColor(SERIES[s % SERIES.length]);
                    content.addRect(gx + s * barWidth, bottom, barWidth * 0.92f, barHeight);
                    content.fill();
                }
                String label = chart.labels().get(g);
                float labelWidth = widthOf(label, fonts.regular, 6.5f);
                if (groups <= 16 || g % Math.ceil(groups / 16.0) == 0) {
                    show(label, fonts.regular, 6.5f, left + g * groupWidth + (groupWidth - labelWidth) / 2,
                            bottom - 9, Color.DARK_GRAY);
                }
            }
            y = bottom - 14;
        }

        static double niceCeiling(double max) {
            if (max <= 0) {
                return 1;
            }
            double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
            for (double step : new double[] {1, 2, 2.5, 5, 10}) {
                if (step * magnitude >= max) {
                    return step * magnitude;
                }
            }
            return 10 * magnitude;
        }

        static String format(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
