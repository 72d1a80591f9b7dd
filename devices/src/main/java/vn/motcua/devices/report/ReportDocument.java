package vn.motcua.devices.report;

import java.util.List;
import java.util.Objects;

/**
 * A printable report made of titled tables and bar charts, every text already in the reader's language (the app
 * prepares it; this module only lays it out). Used for the supervisor's quarterly report.
 *
 * @param title    the report's title, printed large on the first page
 * @param lines    lines under the title (office, period, when it was made)
 * @param sections tables and charts, in order
 * @param footer   printed at the bottom of every page with the page number, e.g. the report's reference
 */
public record ReportDocument(String title, List<String> lines, List<Section> sections, String footer) {
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        sections = List.copyOf(sections);
        Objects.requireNonNull(footer, "footer");
    }

    /** A part of the report. */
    public sealed interface Section {
        String title();
    }

    /**
     * A table. {@code widths} are relative column widths; {@code numeric} columns are right-aligned. A note, when
     * not blank, is printed under the table in small type (definitions, "model" labels).
     */
    public record Table(String title, List<String> headers, List<Double> widths, List<Boolean> numeric,
            List<List<String>> rows, String note) implements Section {
        public Table {
            Objects.requireNonNull(title, "title");
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            Objects.requireNonNull(note, "note");
            int columns = headers.size();
            if (widths.size() != columns || numeric.size() != columns
                    || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("Table " + title + ": every row needs one cell per header");
            }
        }
    }

    /** Bars per label, one bar per series side by side, values of one unit (counts, percent, seconds). */
    public record BarChart(String title, List<String> labels, List<Series> series, String unit) implements Section {
        public BarChart {
            Objects.requireNonNull(title, "title");
            labels = List.copyOf(labels);
            series = List.copyOf(series);
            Objects.requireNonNull(unit, "unit");
            int count = labels.size();
            if (series.isEmpty() || series.stream().anyMatch(s -> s.values().size() != count)) {
                throw new IllegalArgumentException("Chart " + title + ": every series needs one value per label");
            }
        }
    }

    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
