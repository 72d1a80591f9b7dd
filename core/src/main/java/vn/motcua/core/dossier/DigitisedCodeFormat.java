package vn.motcua.core.dossier;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a digitised document code is written: a template from the settings with the placeholders
 * {@code {ownerId}} and {@code {documentType}}, each exactly once, e.g. {@code {ownerId}.{documentType}}
 * or {@code KQ-{documentType}-{ownerId}}. Text between them is literal.
 */
public record DigitisedCodeFormat(String template) {
    private static final String OWNER = "{ownerId}";
    private static final String TYPE = "{documentType}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    public static final DigitisedCodeFormat DEFAULT = new DigitisedCodeFormat("{ownerId}.{documentType}");

    public DigitisedCodeFormat {
        Objects.requireNonNull(template, "template");
        if (occurrences(template, OWNER) != 1 || occurrences(template, TYPE) != 1) {
            throw new IllegalArgumentException("The template needs {ownerId} and {documentType} exactly once each");
        }
        if (PLACEHOLDER.matcher(template.replace(OWNER, "").replace(TYPE, "")).find()
                || template.replace(OWNER, "").replace(TYPE, "").matches(".*[{}\\s].*")) {
            throw new IllegalArgumentException("The template has an unknown placeholder, a stray brace or a space");
        }
        if (template.contains(OWNER + TYPE) || template.contains(TYPE + OWNER)) {
            throw new IllegalArgumentException("The placeholders need a separator between them");
        }
    }

    public String format(DigitisedDocumentCode code) {
        return template.replace(OWNER, code.ownerId()).replace(TYPE, code.documentType());
    }

    /** Reads a code written with this format; empty when the text does not fit it. */
    public Optional<DigitisedDocumentCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = regex().matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DigitisedDocumentCode(m.group("owner"), m.group("type")));
    }

    private Pattern regex() {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(Pattern.quote(template.substring(last, m.start())));
            out.append(m.group().equals(OWNER)
                    ? "(?<owner>" + DigitisedDocumentCode.OWNER_ID.pattern() + ")"
                    : "(?<type>" + DigitisedDocumentCode.DOCUMENT_TYPE.pattern() + ")");
            last = m.end();
        }
        out.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(out.toString());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
