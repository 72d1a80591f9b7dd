package vn.motcua.devices.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.devices.forms.LineBreaker.Run;
import vn.motcua.devices.forms.TemplateBlock.TextStyle;

/** Template texts with their values put in: coded values become the template's words for them. */
final class FilledText {
    private final FormTemplate template;
    private final FormValues values;

    FilledText(FormTemplate template, FormValues values) {
        this.template = template;
        this.values = values;
    }

    /**
     * @param row  the list row a table cell prints, or an empty map
     * @param list the list's name, for its coded columns ({@code components.form})
     * @param fillBlanks print the template's blank for an empty value, where the citizen may write by hand
     */
    List<Run> runs(String text, TextStyle style, TextStyle valueStyle, Map<String, String> row, String list,
            boolean fillBlanks) {
        List<Run> runs = new ArrayList<>();
        for (TemplateText.Segment segment : TemplateText.parse(text)) {
            switch (segment) {
                case TemplateText.Words words -> runs.add(new Run(words.text(), bold(style, words.bold())));
                case TemplateText.Value value -> {
                    String filled = value(value.name(), row, list);
                    runs.add(filled.isEmpty() && fillBlanks ? new Run(template.blank(), style)
                            : new Run(filled, bold(valueStyle, value.bold())));
                }
            }
        }
        return runs;
    }

    List<Run> runs(String text, TextStyle style, TextStyle valueStyle) {
        return runs(text, style, valueStyle, Map.of(), "", true);
    }

    /** The text with values put in and no styling: QR contents, page numbers. */
    String plain(String text, Map<String, String> extra) {
        StringBuilder out = new StringBuilder();
        for (TemplateText.Segment segment : TemplateText.parse(text)) {
            switch (segment) {
                case TemplateText.Words words -> out.append(words.text());
                case TemplateText.Value value -> out.append(extra.containsKey(value.name())
                        ? extra.get(value.name()) : value(value.name(), Map.of(), ""));
            }
        }
        return out.toString();
    }

    List<Map<String, String>> rows(String list) {
        return values.rows(list).orElse(List.of());
    }

    private String value(String name, Map<String, String> row, String list) {
        boolean inRow = row.containsKey(name);
        String raw = inRow ? row.get(name) : values.text(name).orElse("");
        Map<String, String> words = template.choices().get(inRow ? list + "." + name : name);
        if (words == null || !words.containsKey(raw)) {
            return raw;
        }
        return plainValues(words.get(raw));
    }

    /** Choice words may name plain values, e.g. "Bộ phận Một cửa {agencyName}". */
    private String plainValues(String text) {
        StringBuilder out = new StringBuilder();
        for (TemplateText.Segment segment : TemplateText.parse(text)) {
            switch (segment) {
                case TemplateText.Words words -> out.append(words.text());
                case TemplateText.Value value -> out.append(values.text(value.name()).orElse(""));
            }
        }
        return out.toString();
    }

    private static TextStyle bold(TextStyle style, boolean bold) {
        return bold ? style.withBold() : style;
    }
}
