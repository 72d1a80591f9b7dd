package vn.motcua.devices.forms;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The value names a template prints, found by walking its blocks: top-level names, and per list the row
 * values its table cells print.
 */
record TemplateNames(Set<String> texts, Map<String, Set<String>> lists) {

    static TemplateNames of(FormTemplate template) {
        Set<String> texts = new LinkedHashSet<>();
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (TemplateBlock block : template.blocks()) {
            if (block instanceof TemplateBlock.Table table) {
                Set<String> columns = lists.computeIfAbsent(table.list(), k -> new LinkedHashSet<>());
                table.columns().forEach(c -> columns.addAll(TemplateText.names(c.cell())));
                table.columns().forEach(c -> texts.addAll(TemplateText.names(c.header())));
                texts.addAll(TemplateText.names(table.empty()));
            } else {
                staticTexts(block).forEach(text -> texts.addAll(TemplateText.names(text)));
            }
        }
        return new TemplateNames(Set.copyOf(texts), Map.copyOf(lists));
    }

    /** Every text of a block that names top-level values (table cells name row values instead). */
    static Stream<String> staticTexts(TemplateBlock block) {
        return switch (block) {
            case TemplateBlock.Paragraph p -> Stream.of(p.text());
            case TemplateBlock.Columns c -> c.columns().stream().flatMap(col -> col.lines().stream())
                    .map(TemplateBlock.Line::text);
            case TemplateBlock.Table t -> Stream.concat(t.columns().stream().map(TemplateBlock.TableColumn::header),
                    Stream.of(t.empty()));
            case TemplateBlock.Qr q -> Stream.of(q.value(), q.caption());
            case TemplateBlock.Space s -> Stream.empty();
            case TemplateBlock.Include i -> Stream.empty();
        };
    }

    static List<String> cells(TemplateBlock.Table table) {
        return table.columns().stream().map(TemplateBlock.TableColumn::cell).toList();
    }
}
