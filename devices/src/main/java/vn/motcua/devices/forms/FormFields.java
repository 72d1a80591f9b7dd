package vn.motcua.devices.forms;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a form's template may print: plain texts, coded values (printed through the template's
 * {@code choices}) and lists of rows. A template naming anything else is refused when it is loaded.
 */
public final class FormFields {
    /** Set by the renderer for every copy, from the template's {@code copies}. */
    static final String COPY_LABEL = "copyLabel";
    /** The 1-based row number every list row has. */
    static final String ROW_INDEX = "index";

    private final Map<String, Set<String>> choices;
    private final Set<String> texts;
    private final Map<String, FormFields> lists;

    private FormFields(Set<String> texts, Map<String, Set<String>> choices, Map<String, FormFields> lists) {
        this.texts = Set.copyOf(texts);
        this.choices = Map.copyOf(choices);
        this.lists = Map.copyOf(lists);
    }

    static Builder builder() {
        return new Builder();
    }

    boolean isText(String name) {
        return texts.contains(name) || choices.containsKey(name);
    }

    Optional<Set<String>> choiceKeys(String name) {
        return Optional.ofNullable(choices.get(name));
    }

    Optional<FormFields> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    Set<String> textNames() {
        return texts;
    }

    Set<String> choiceNames() {
        return choices.keySet();
    }

    Set<String> listNames() {
        return lists.keySet();
    }

    static final class Builder {
        private final Set<String> texts = new HashSet<>();
        private final Map<String, Set<String>> choices = new LinkedHashMap<>();
        private final Map<String, FormFields> lists = new LinkedHashMap<>();

        Builder text(String... names) {
            texts.addAll(Arrays.asList(names));
            return this;
        }

        Builder choice(String name, Class<? extends Enum<?>> codes) {
            choices.put(name, Arrays.stream(codes.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toUnmodifiableSet()));
            return this;
        }

        Builder list(String name, Builder columns) {
            lists.put(name, columns.text(ROW_INDEX).build());
            return this;
        }

        Builder with(Builder other) {
            texts.addAll(other.texts);
            choices.putAll(other.choices);
            lists.putAll(other.lists);
            return this;
        }

        FormFields build() {
            return new FormFields(texts, choices, lists);
        }
    }
}
