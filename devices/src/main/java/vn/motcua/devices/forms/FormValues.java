package vn.motcua.devices.forms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values one filled form prints: texts (coded values as their enum names) and lists of rows. Text is kept
 * in composed Unicode (NFC) so every Vietnamese letter is one glyph of the embedded font.
 */
public final class FormValues {
    private final Map<String, String> texts;
    private final Map<String, List<Map<String, String>>> lists;

    private FormValues(Map<String, String> texts, Map<String, List<Map<String, String>>> lists) {
        this.texts = Map.copyOf(texts);
        this.lists = Map.copyOf(lists);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(texts.get(name));
    }

    public Optional<List<Map<String, String>>> rows(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    Map<String, String> texts() {
        return texts;
    }

    Map<String, List<Map<String, String>>> lists() {
        return lists;
    }

    FormValues withText(String name, String value) {
        var more = new LinkedHashMap<>(texts);
        more.put(name, composed(value));
        return new FormValues(more, lists);
    }

    static String composed(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    public static final class Builder {
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();

        public Builder text(String name, String value) {
            texts.put(name, composed(value));
            return this;
        }

        public Builder text(String name, Object value) {
            return text(name, String.valueOf(value));
        }

        public Builder choice(String name, Enum<?> code) {
            return text(name, code.name());
        }

        /** Adds a list; each row's values are composed as texts are. */
        public Builder rows(String name, List<Map<String, String>> rows) {
            var copied = new ArrayList<Map<String, String>>();
            for (Map<String, String> row : rows) {
                var clean = new LinkedHashMap<String, String>();
                row.forEach((k, v) -> clean.put(k, composed(v)));
                copied.add(Map.copyOf(clean));
            }
            lists.put(name, List.copyOf(copied));
            return this;
        }

        public FormValues build() {
            return new FormValues(texts, lists);
        }
    }
}
