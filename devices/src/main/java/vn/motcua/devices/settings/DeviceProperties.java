package vn.motcua.devices.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One device's settings among a desk's properties ({@code prefix.key = value}, values stripped), read with the same
 * rules and messages for every device: an unknown key, a malformed number or an unknown choice is refused naming the
 * key, through the device's own exception.
 */
public final class DeviceProperties {
    private final Map<String, String> own;
    private final BiFunction<String, String, ? extends RuntimeException> invalid;

    private DeviceProperties(Map<String, String> own, BiFunction<String, String, ? extends RuntimeException> invalid) {
        this.own = own;
        this.invalid = invalid;
    }

    /**
     * @param invalid the device's error for a key (without the prefix) and what is wrong with it
     * @throws RuntimeException from {@code invalid} for a key under the prefix that is not {@code known}
     */
    public static DeviceProperties of(Map<String, String> properties, String prefix, Set<String> known,
            BiFunction<String, String, ? extends RuntimeException> invalid) {
        Map<String, String> own = properties.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(e -> e.getKey().substring(prefix.length()), e -> e.getValue().strip()));
        for (String key : own.keySet()) {
            if (!known.contains(key)) {
                throw invalid.apply(key, "unknown setting; known are " + new TreeSet<>(known));
            }
        }
        return new DeviceProperties(own, invalid);
    }

    /** The value, or null when the key is absent. */
    public String get(String key) {
        return own.get(key);
    }

    /** The value, or {@code fallback} when the key is absent. */
    public String getOrDefault(String key, String fallback) {
        return own.getOrDefault(key, fallback);
    }

    public boolean has(String key) {
        return own.containsKey(key);
    }

    /** A whole number; {@code fallback} when absent or empty. */
    public int integer(String key, int fallback) {
        String value = own.getOrDefault(key, "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid.apply(key, "'" + value + "' is not a whole number");
        }
    }

    /** One of the enum's names, in any case; {@code fallback} when absent or empty, refused as missing if null. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String value = own.getOrDefault(key, "");
        String allowed = Arrays.toString(type.getEnumConstants());
        if (value.isEmpty()) {
            if (fallback == null) {
                throw invalid.apply(key, "is missing; one of " + allowed);
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid.apply(key, "'" + value + "' is not one of " + allowed);
        }
    }
}
