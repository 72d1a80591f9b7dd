package vn.motcua.devices.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks a parsed template against the values its form provides; collects every problem, not just the first. */
final class TemplateCheck {
    private static final Set<String> PAGE_NAMES = Set.of("page", "pages");

    private final FormKind kind;
    private final FormTemplate template;
    private final FormFields fields;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> printedChoices = new HashSet<>();

    TemplateCheck(FormKind kind, FormTemplate template) {
        this.kind = kind;
        this.template = template;
        this.fields = kind.fields();
    }

    List<String> problems() {
        if (!template.form().equals(kind.templateName())) {
            problems.add("form is \"" + template.form() + "\" but the file is for " + kind.templateName());
        }
        checkPage();
        for (int i = 0; i < template.blocks().size(); i++) {
            checkBlock("block " + (i + 1), template.blocks().get(i));
        }
        checkText("pageNumbers", template.pageNumbers(), name -> PAGE_NAMES.contains(name) || isTopLevel(name));
        checkChoices();
        return List.copyOf(problems);
    }

    private void checkPage() {
        if (template.page().margins().stream().anyMatch(m -> m < 0 || m > 60)) {
            problems.add("page.margins must be between 0 and 60 mm");
        }
        if (template.page().fontSize() < 5 || template.page().fontSize() > 30) {
            problems.add("page.fontSize must be between 5 and 30 pt");
        }
    }

    private void checkBlock(String where, TemplateBlock block) {
        String at = where + " (" + block.getClass().getSimpleName().toLowerCase() + ")";
        TemplateNames.staticTexts(block).forEach(text -> checkText(at, text, this::isTopLevel));
        switch (block) {
            case TemplateBlock.Table table -> checkTable(at, table);
            case TemplateBlock.Columns columns when columns.columns().isEmpty() ->
                    problems.add(at + ": needs at least one column");
            case TemplateBlock.Qr qr when qr.size() < 10 -> problems.add(at + ": a QR code under 10 mm is hard to scan");
            default -> {
            }
        }
    }

    private void checkTable(String at, TemplateBlock.Table table) {
        if (table.columns().isEmpty()) {
            problems.add(at + ": needs at least one column");
        }
        Optional<FormFields> rows = fields.list(table.list());
        if (rows.isEmpty()) {
            problems.add(at + ": unknown list \"" + table.list() + "\"; " + kind + " has " + sorted(fields.listNames()));
            return;
        }
        for (String cell : TemplateNames.cells(table)) {
            checkText(at, cell, name -> rows.get().isText(name) || isTopLevel(name));
            TemplateText.names(cell).forEach(name -> rows.get().choiceKeys(name)
                    .ifPresent(keys -> printedChoices.add(table.list() + "." + name)));
        }
    }

    private void checkText(String at, String text, java.util.function.Predicate<String> known) {
        TemplateText.mistakes(text).forEach(mistake -> problems.add(at + ": " + mistake));
        for (String name : TemplateText.names(text)) {
            if (!known.test(name)) {
                problems.add(at + ": unknown value {" + name + "}");
            } else if (fields.choiceKeys(name).isPresent()) {
                printedChoices.add(name);
            }
        }
    }

    private boolean isTopLevel(String name) {
        return fields.isText(name) || name.equals(FormFields.COPY_LABEL);
    }

    private void checkChoices() {
        for (Map.Entry<String, Map<String, String>> choice : template.choices().entrySet()) {
            Optional<Set<String>> keys = choiceKeys(choice.getKey());
            if (keys.isEmpty()) {
                problems.add("choices: " + choice.getKey() + " is not a coded value of " + kind);
                continue;
            }
            checkChoice(choice.getKey(), keys.get(), choice.getValue());
        }
        for (String printed : printedChoices) {
            if (!template.choices().containsKey(printed)) {
                problems.add("choices: {" + printed + "} is printed but has no words for its codes");
            }
        }
    }

    private void checkChoice(String name, Set<String> keys, Map<String, String> words) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(words.keySet());
        Set<String> unknown = new TreeSet<>(words.keySet());
        unknown.removeAll(keys);
        if (!missing.isEmpty()) {
            problems.add("choices." + name + ": no words for " + missing);
        }
        if (!unknown.isEmpty()) {
            problems.add("choices." + name + ": unknown codes " + unknown + "; the codes are " + sorted(keys));
        }
        words.values().forEach(text -> checkText("choices." + name, text, fields::isText));
    }

    /** {@code name} or {@code list.column}. */
    private Optional<Set<String>> choiceKeys(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return fields.choiceKeys(name);
        }
        return fields.list(name.substring(0, dot)).flatMap(rows -> rows.choiceKeys(name.substring(dot + 1)));
    }

    private static Set<String> sorted(Set<String> names) {
        return new TreeSet<>(names);
    }
}
