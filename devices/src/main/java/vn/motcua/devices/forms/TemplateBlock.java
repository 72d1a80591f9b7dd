package vn.motcua.devices.forms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * One block of a form template, laid out top to bottom. Sizes are in millimetres and font points; texts may
 * name values as {@code {name}} and mark static words bold with {@code **…**}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TemplateBlock.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = TemplateBlock.Columns.class, name = "columns"),
        @JsonSubTypes.Type(value = TemplateBlock.Table.class, name = "table"),
        @JsonSubTypes.Type(value = TemplateBlock.Qr.class, name = "qr"),
        @JsonSubTypes.Type(value = TemplateBlock.Space.class, name = "space"),
        @JsonSubTypes.Type(value = TemplateBlock.Include.class, name = "include")})
public sealed interface TemplateBlock {

    /** Wrapped text; {@code valueStyle} is how named values stand out from the static words. */
    record Paragraph(String text, TextStyle style, TextStyle valueStyle, Float size, Align align, Float indent,
            Float spaceBefore) implements TemplateBlock {
        public Paragraph {
            Objects.requireNonNull(text, "paragraph needs a text");
            style = style == null ? TextStyle.REGULAR : style;
            valueStyle = valueStyle == null ? style : valueStyle;
            align = align == null ? Align.LEFT : align;
            indent = indent == null ? 0f : indent;
            spaceBefore = spaceBefore == null ? 0f : spaceBefore;
        }
    }

    /** Side-by-side columns kept on one page: the letterhead and the signature blocks. */
    record Columns(List<Column> columns, Float spaceBefore) implements TemplateBlock {
        public Columns {
            Objects.requireNonNull(columns, "columns needs its columns");
            columns = List.copyOf(columns);
            spaceBefore = spaceBefore == null ? 0f : spaceBefore;
        }
    }

    /** {@code width} is relative to the other columns' widths. */
    record Column(Float width, List<Line> lines) {
        public Column {
            width = width == null ? 1f : width;
            Objects.requireNonNull(lines, "a column needs its lines");
            lines = List.copyOf(lines);
        }
    }

    /**
     * {@code underline} draws a centred rule under the text, as a fraction of its width: 1 under
     * "Độc lập - Tự do - Hạnh phúc", about 0.3 under the agency's name.
     */
    record Line(String text, TextStyle style, Float size, Align align, Float underline, Float spaceBefore) {
        public Line {
            Objects.requireNonNull(text, "a line needs a text");
            style = style == null ? TextStyle.REGULAR : style;
            align = align == null ? Align.CENTER : align;
            underline = underline == null ? 0f : underline;
            spaceBefore = spaceBefore == null ? 0f : spaceBefore;
        }
    }

    /**
     * One row per element of the named list; the header row repeats on every page the table spans.
     * {@code empty} fills the single row of an empty list; {@code minRowHeight} leaves room to sign.
     */
    record Table(String list, List<TableColumn> columns, Float size, String empty, Float minRowHeight,
            Float spaceBefore) implements TemplateBlock {
        public Table {
            Objects.requireNonNull(list, "table needs the name of its list");
            Objects.requireNonNull(columns, "table needs its columns");
            columns = List.copyOf(columns);
            empty = empty == null ? "" : empty;
            minRowHeight = minRowHeight == null ? 0f : minRowHeight;
            spaceBefore = spaceBefore == null ? 0f : spaceBefore;
        }
    }

    /** {@code cell} names the row's values, and {@code {index}} for the row number. */
    record TableColumn(String header, String cell, Float width, Align align) {
        public TableColumn {
            Objects.requireNonNull(header, "a table column needs a header");
            Objects.requireNonNull(cell, "a table column needs a cell");
            width = width == null ? 1f : width;
            align = align == null ? Align.LEFT : align;
        }
    }

    /** A QR code; a floating one sits at the right and the following text flows beside it. */
    record Qr(String value, Float size, Align align, Boolean floating, String caption, Float spaceBefore)
            implements TemplateBlock {
        public Qr {
            Objects.requireNonNull(value, "qr needs a value");
            size = size == null ? 20f : size;
            align = align == null ? Align.RIGHT : align;
            floating = floating != null && floating;
            caption = caption == null ? "" : caption;
            spaceBefore = spaceBefore == null ? 0f : spaceBefore;
        }
    }

    record Space(Float height) implements TemplateBlock {
        public Space {
            height = height == null ? 3f : height;
        }
    }

    /** Blocks shared by several forms (the letterhead), read from {@code {name}.json} beside the form. */
    record Include(String name) implements TemplateBlock {
        public Include {
            Objects.requireNonNull(name, "include needs a name");
        }
    }

    enum TextStyle {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC;

        boolean bold() {
            return this == BOLD || this == BOLD_ITALIC;
        }

        boolean italic() {
            return this == ITALIC || this == BOLD_ITALIC;
        }

        TextStyle withBold() {
            return italic() ? BOLD_ITALIC : BOLD;
        }
    }

    enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }
}
