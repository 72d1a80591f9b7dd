package vn.motcua.devices.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little markup of template texts: {@code {name}} prints a value, {@code **…**} makes static words bold.
 * Any other brace is a mistake in the template and is reported, never printed.
 */
final class TemplateText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    sealed interface Segment {
    }

    record Words(String text, boolean bold) implements Segment {
    }

    record Value(String name, boolean bold) implements Segment {
    }

    private TemplateText() {
    }

    static List<Segment> parse(String text) {
        List<Segment> segments = new ArrayList<>();
        boolean bold = false;
        String[] parts = text.split("\\*\\*", -1);
        for (String part : parts) {
            addPart(segments, part, bold);
            bold = !bold;
        }
        return segments;
    }

    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A brace that is not part of a {@code {name}}, or an unclosed {@code **}; empty when the text is well formed. */
    static List<String> mistakes(String text) {
        List<String> mistakes = new ArrayList<>();
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            mistakes.add("stray brace in \"" + text + "\" (values are written {name})");
        }
        if (text.split("\\*\\*", -1).length % 2 == 0) {
            mistakes.add("unclosed ** in \"" + text + "\"");
        }
        return mistakes;
    }

    private static void addPart(List<Segment> segments, String part, boolean bold) {
        Matcher m = PLACEHOLDER.matcher(part);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                segments.add(new Words(part.substring(start, m.start()), bold));
            }
            segments.add(new Value(m.group(1), bold));
            start = m.end();
        }
        if (start < part.length()) {
            segments.add(new Words(part.substring(start), bold));
        }
    }
}
