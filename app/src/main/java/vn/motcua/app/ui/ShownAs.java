package vn.motcua.app.ui;

import java.util.function.Function;
import javafx.util.StringConverter;
import vn.motcua.app.i18n.Messages;

/**
 * A converter for controls that only show values (choice boxes, chart axes): the text of each value, and no
 * parsing, since nothing is ever typed into them ({@link StringConverter#fromString} gives null).
 */
public final class ShownAs {
    private ShownAs() {
    }

    /** {@code text} is not called for null, which shows as nothing. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /** An enum shown by its message: the key is {@code prefix} + the constant's name. */
    public static <E extends Enum<E>> StringConverter<E> labels(Messages messages, String prefix) {
        return of(value -> {
            String key = prefix + value.name();
            return messages.get(key);
        });
    }
}
