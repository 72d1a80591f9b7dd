package vn.motcua.devices.forms;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.devices.forms.LineBreaker.Line;
import vn.motcua.devices.forms.LineBreaker.Piece;
import vn.motcua.devices.forms.LineBreaker.Run;
import vn.motcua.devices.forms.TemplateBlock.Align;
import vn.motcua.devices.forms.TemplateBlock.TextStyle;

/**
 * Flows one copy of a form down its pages: blocks one after the other, a new page when the next line, table
 * row or kept-together block does not fit, table headers repeated, text narrowed beside a floating QR code.
 */
final class FormLayout {
    static final float MM = 72f / 25.4f;
    private static final float LEADING = 1.3f;
    private static final float CELL_PADDING = 1.2f * MM;
    private static final float FLOAT_GAP = 4f * MM;
    private static final float RULE = 0.6f;

    private final FormTemplate template;
    private final FormFonts fonts;
    private final FilledText text;
    private final float pageWidth;
    private final float pageHeight;
    private final float top;
    private final float left;
    private final float right;
    private final float bottom;
    private final List<List<Mark>> pages = new ArrayList<>();
    private List<Mark> page;
    private float y;
    private float floatBottom;
    private float floatWidth;

    FormLayout(FormTemplate template, FormFonts fonts, FilledText text) {
        this.template = template;
        this.fonts = fonts;
        this.text = text;
        FormTemplate.PageSpec spec = template.page();
        pageWidth = spec.widthMm() * MM;
        pageHeight = spec.heightMm() * MM;
        top = spec.margins().get(0) * MM;
        right = pageWidth - spec.margins().get(1) * MM;
        bottom = pageHeight - spec.margins().get(2) * MM;
        left = spec.margins().get(3) * MM;
    }

    /** Lays the copy out; each element is one page's marks. */
    List<List<Mark>> layOut() {
        newPage();
        template.blocks().forEach(this::place);
        numberPages();
        return pages;
    }

    private void place(TemplateBlock block) {
        switch (block) {
            case TemplateBlock.Paragraph p -> paragraph(p);
            case TemplateBlock.Columns c -> columns(c);
            case TemplateBlock.Table t -> new TableFlow(t).place();
            case TemplateBlock.Qr q -> qr(q);
            case TemplateBlock.Space s -> y += s.height() * MM;
            case TemplateBlock.Include i -> throw new IllegalStateException("includes are expanded when loaded");
        }
    }

    // ---- pages

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = top;
        floatBottom = 0;
        floatWidth = 0;
    }

    /** Starts a new page unless {@code height} fits below the cursor, or the page is still empty. */
    private boolean makeRoom(float height) {
        if (y + height > bottom && y > top) {
            newPage();
            return true;
        }
        return false;
    }

    private float widthAt(float atY) {
        float full = right - left;
        return atY < floatBottom ? full - floatWidth : full;
    }

    private void clearFloat() {
        y = Math.max(y, floatBottom);
        floatBottom = 0;
    }

    private void numberPages() {
        if (pages.size() < 2 || template.pageNumbers().isEmpty()) {
            return;
        }
        float size = template.page().fontSize() * 0.8f;
        for (int i = 0; i < pages.size(); i++) {
            String label = fonts.printable(text.plain(template.pageNumbers(),
                    Map.of("page", String.valueOf(i + 1), "pages", String.valueOf(pages.size()))));
            float width = fonts.width(label, TextStyle.ITALIC, size);
            pages.get(i).add(new Mark.Text((pageWidth - width) / 2, bottom + (pageHeight - bottom) / 2,
                    label, TextStyle.ITALIC, size));
        }
    }

    // ---- paragraphs and columns

    private float size(Float given) {
        return given == null ? template.page().fontSize() : given;
    }

    private void paragraph(TemplateBlock.Paragraph p) {
        float size = size(p.size());
        float leading = size * LEADING;
        y += p.spaceBefore() * MM;
        LineBreaker lines = new LineBreaker(text.runs(p.text(), p.style(), p.valueStyle()), fonts, size);
        float indent = p.indent() * MM;
        while (lines.hasMore()) {
            makeRoom(leading);
            float width = widthAt(y) - indent;
            Line line = lines.nextLine(width);
            drawLine(line, left + indent, width, p.align(), y + size, size);
            y += leading;
        }
    }

    private void columns(TemplateBlock.Columns block) {
        clearFloat();
        y += block.spaceBefore() * MM;
        float total = (float) block.columns().stream().mapToDouble(TemplateBlock.Column::width).sum();
        List<List<Mark>> drawn = new ArrayList<>();
        float height = 0;
        float x = left;
        for (TemplateBlock.Column column : block.columns()) {
            float width = (right - left) * column.width() / total;
            List<Mark> marks = new ArrayList<>();
            height = Math.max(height, column(column, x, width, marks));
            drawn.add(marks);
            x += width;
        }
        if (makeRoom(height)) {
            columns(new TemplateBlock.Columns(block.columns(), 0f));
            return;
        }
        drawn.forEach(page::addAll);
        y += height;
    }

    /** Lays a column's lines from the cursor into {@code marks}; returns its height. */
    private float column(TemplateBlock.Column column, float x, float width, List<Mark> marks) {
        float at = y;
        for (TemplateBlock.Line line : column.lines()) {
            float size = size(line.size());
            at += line.spaceBefore() * MM;
            LineBreaker breaker = new LineBreaker(
                    text.runs(line.text(), line.style(), line.style(), Map.of(), "", false), fonts, size);
            while (breaker.hasMore()) {
                Line laid = breaker.nextLine(width);
                drawLine(marks, laid, x, width, line.align(), at + size, size);
                if (!breaker.hasMore()) {
                    underline(marks, laid, x, width, line, at + size);
                }
                at += size * LEADING;
            }
        }
        return at - y;
    }

    private void underline(List<Mark> marks, Line laid, float x, float width, TemplateBlock.Line line, float baseline) {
        if (line.underline() <= 0 || laid.isEmpty()) {
            return;
        }
        float length = laid.width() * Math.min(1f, line.underline());
        float start = x + offset(line.align(), width, laid.width()) + (laid.width() - length) / 2;
        float at = baseline + size(line.size()) * 0.4f;
        marks.add(new Mark.Rule(start, at, start + length, at, RULE));
    }

    private void drawLine(Line line, float x, float width, Align align, float baseline, float size) {
        drawLine(page, line, x, width, align, baseline, size);
    }

    private static void drawLine(List<Mark> marks, Line line, float x, float width, Align align, float baseline,
            float size) {
        if (align == Align.JUSTIFY && !line.last()) {
            justify(marks, line, x, width, baseline, size);
            return;
        }
        float at = x + offset(align, width, line.width());
        StringBuilder run = new StringBuilder();
        TextStyle style = null;
        float runX = at;
        for (Piece piece : line.pieces()) {
            if (style != null && piece.style() != style) {
                marks.add(new Mark.Text(runX, baseline, run.toString(), style, size));
                runX = at;
                run.setLength(0);
            }
            style = piece.style();
            run.append(piece.text());
            at += piece.width();
        }
        if (style != null) {
            marks.add(new Mark.Text(runX, baseline, run.toString(), style, size));
        }
    }

    /** Each word placed on its own, the slack shared by the spaces (Type 0 fonts ignore word spacing). */
    private static void justify(List<Mark> marks, Line line, float x, float width, float baseline, float size) {
        long spaces = line.pieces().stream().filter(Piece::space).count();
        float extra = spaces == 0 ? 0 : (width - line.width()) / spaces;
        float at = x;
        for (Piece piece : line.pieces()) {
            if (!piece.space()) {
                marks.add(new Mark.Text(at, baseline, piece.text(), piece.style(), size));
            }
            at += piece.width() + (piece.space() ? extra : 0);
        }
    }

    private static float offset(Align align, float width, float used) {
        return switch (align) {
            case LEFT, JUSTIFY -> 0;
            case CENTER -> (width - used) / 2;
            case RIGHT -> width - used;
        };
    }

    // ---- QR codes

    private void qr(TemplateBlock.Qr q) {
        y += q.spaceBefore() * MM;
        float size = q.size() * MM;
        float captionSize = template.page().fontSize() * 0.75f;
        float height = size + captionLines(q, size, captionSize).size() * captionSize * LEADING;
        if (!q.floating()) {
            clearFloat();
            makeRoom(height);
        }
        float x = left + offset(q.align() == Align.JUSTIFY ? Align.LEFT : q.align(), right - left, size);
        BitMatrix modules = encode(text.plain(q.value(), Map.of()));
        page.add(new Mark.Qr(x, y, size / modules.getWidth(), modules));
        captionUnder(q, x, y + size, size, captionSize);
        if (q.floating()) {
            floatBottom = y + height + FLOAT_GAP / 2;
            floatWidth = size + FLOAT_GAP;
        } else {
            y += height;
        }
    }

    /** The caption wraps to the code's width, so it never reaches past the margin. */
    private void captionUnder(TemplateBlock.Qr q, float x, float top, float size, float captionSize) {
        float at = top;
        for (Line line : captionLines(q, size, captionSize)) {
            drawLine(line, x, size, Align.CENTER, at + captionSize, captionSize);
            at += captionSize * LEADING;
        }
    }

    private List<Line> captionLines(TemplateBlock.Qr q, float size, float captionSize) {
        List<Line> lines = new ArrayList<>();
        if (q.caption().isEmpty()) {
            return lines;
        }
        LineBreaker breaker = new LineBreaker(List.of(new Run(text.plain(q.caption(), Map.of()), TextStyle.ITALIC)),
                fonts, captionSize);
        while (breaker.hasMore()) {
            lines.add(breaker.nextLine(size));
        }
        return lines;
    }

    private static BitMatrix encode(String value) {
        try {
            return new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode the form's QR code", e);
        }
    }

    // ---- tables

    /** One table: column geometry, the header row, and rows that move to a new page whole. */
    private final class TableFlow {
        private final TemplateBlock.Table table;
        private final float[] widths;
        private final float size;

        TableFlow(TemplateBlock.Table table) {
            this.table = table;
            this.size = size(table.size());
            float total = (float) table.columns().stream().mapToDouble(TemplateBlock.TableColumn::width).sum();
            widths = new float[table.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (right - left) * table.columns().get(i).width() / total;
            }
        }

        void place() {
            clearFloat();
            y += table.spaceBefore() * MM;
            List<List<Line>> header = header();
            List<List<List<Line>>> rows = rows();
            float headerHeight = height(header, 0);
            makeRoom(headerHeight + (rows.isEmpty() ? 0 : height(rows.getFirst(), table.minRowHeight())));
            draw(header, headerHeight, Align.CENTER);
            if (rows.isEmpty()) {
                emptyRow();
            }
            for (List<List<Line>> row : rows) {
                float height = height(row, table.minRowHeight());
                if (y + height > bottom && y > top + headerHeight) {
                    newPage();
                    draw(header, headerHeight, Align.CENTER);
                }
                draw(row, height, null);
            }
        }

        private List<List<Line>> header() {
            List<List<Line>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                String header = table.columns().get(i).header();
                cells.add(lines(text.runs(header, TextStyle.BOLD, TextStyle.BOLD, Map.of(), "", false), i));
            }
            return cells;
        }

        private List<List<List<Line>>> rows() {
            List<Map<String, String>> values = textRows();
            List<List<List<Line>>> rows = new ArrayList<>();
            for (Map<String, String> row : values) {
                List<List<Line>> cells = new ArrayList<>();
                for (int i = 0; i < widths.length; i++) {
                    cells.add(lines(text.runs(table.columns().get(i).cell(), TextStyle.REGULAR, TextStyle.REGULAR,
                            row, table.list(), false), i));
                }
                rows.add(cells);
            }
            return rows;
        }

        private List<Map<String, String>> textRows() {
            List<Map<String, String>> given = text.rows(table.list());
            List<Map<String, String>> numbered = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                var row = new HashMap<>(given.get(i));
                row.putIfAbsent(FormFields.ROW_INDEX, String.valueOf(i + 1));
                numbered.add(row);
            }
            return numbered;
        }

        private List<Line> lines(List<Run> runs, int column) {
            return lines(runs, widths[column] - 2 * CELL_PADDING);
        }

        private List<Line> lines(List<Run> runs, float width) {
            LineBreaker breaker = new LineBreaker(runs, fonts, size);
            List<Line> lines = new ArrayList<>();
            while (breaker.hasMore()) {
                lines.add(breaker.nextLine(width));
            }
            return lines;
        }

        /** An empty list prints one row across the whole table with the template's words for it. */
        private void emptyRow() {
            float width = right - left - 2 * CELL_PADDING;
            List<Line> lines = lines(text.runs(table.empty(), TextStyle.ITALIC, TextStyle.ITALIC), width);
            float height = height(List.of(lines), table.minRowHeight());
            makeRoom(height);
            page.add(new Mark.Rule(left, y + height, right, y + height, RULE));
            page.add(new Mark.Rule(left, y, left, y + height, RULE));
            page.add(new Mark.Rule(right, y, right, y + height, RULE));
            float at = y + CELL_PADDING;
            for (Line line : lines) {
                drawLine(line, left + CELL_PADDING, width, Align.CENTER, at + size, size);
                at += size * LEADING;
            }
            y += height;
        }

        private float height(List<List<Line>> cells, float minMm) {
            int most = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(Math.max(1, most) * size * LEADING + 2 * CELL_PADDING, minMm * MM);
        }

        /** {@code align} null: each column's own alignment. */
        private void draw(List<List<Line>> cells, float height, Align align) {
            float x = left;
            page.add(new Mark.Rule(left, y, right, y, RULE));
            page.add(new Mark.Rule(left, y + height, right, y + height, RULE));
            for (int i = 0; i < widths.length; i++) {
                page.add(new Mark.Rule(x, y, x, y + height, RULE));
                Align cellAlign = align != null ? align : table.columns().get(i).align();
                float at = y + CELL_PADDING;
                for (Line line : cells.get(i)) {
                    drawLine(line, x + CELL_PADDING, widths[i] - 2 * CELL_PADDING, cellAlign, at + size, size);
                    at += size * LEADING;
                }
                x += widths[i];
            }
            page.add(new Mark.Rule(right, y, right, y + height, RULE));
            y += height;
        }
    }
}
