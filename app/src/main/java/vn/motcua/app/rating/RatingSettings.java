package vn.motcua.app.rating;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.core.rating.RatingScale;
import vn.motcua.core.rating.UnhappyAlertRule;

/**
 * How ratings are taken, from {@code desk.properties}: {@code rating.*} and {@code keypad.keys}. The keypad itself
 * ({@code keypad.kind}, port, address, timings) is read by the devices module's
 * {@link vn.motcua.devices.keypad.KeypadSettings}; the on-screen rating window works with every kind.
 */
public final class RatingSettings {
    /** 3 (default) or 4: the keys of the counter's pads, giving the usual scale. */
    public static final String KEYS = "keypad.keys";
    /** An explicit key map instead, e.g. {@code 1=VERY_SATISFIED,2=SATISFIED,3=UNSATISFIED}. */
    public static final String SCALE = "rating.scale";
    public static final String WINDOW_SECONDS = "rating.windowSeconds";
    public static final String DEBOUNCE_MILLIS = "rating.debounceMillis";
    /** The reasons offered after "Không hài lòng", separated by {@code |}; empty: no question asked. */
    public static final String REASONS = "rating.reasons";
    public static final String ALERT_PERCENT = "rating.alert.unhappyPercent";
    public static final String ALERT_MINUTES = "rating.alert.minutes";
    public static final String ALERT_MINIMUM = "rating.alert.minimumRatings";

    private RatingSettings() {
    }

    /** The rating rules: defaults for every key not set. @throws IllegalArgumentException naming the key */
    public static RatingRules rules(Map<String, String> properties) {
        RatingRules rules = RatingRules.defaults();
        Optional<String> scale = text(properties, SCALE);
        Optional<String> keys = text(properties, KEYS);
        if (scale.isPresent()) {
            rules = rules.withScale(wrap(SCALE, () -> RatingScale.parse(scale.get())));
        } else if (keys.isPresent()) {
            int count = number(properties, KEYS, 3);
            rules = rules.withScale(wrap(KEYS, () -> RatingScale.forKeys(count)));
        }
        RatingRules base = rules;
        rules = wrap(WINDOW_SECONDS, () -> base.withWindow(Duration.ofSeconds(number(properties, WINDOW_SECONDS,
                (int) base.window().toSeconds()))));
        RatingRules windowed = rules;
        rules = wrap(DEBOUNCE_MILLIS, () -> windowed.withDebounce(Duration.ofMillis(number(properties,
                DEBOUNCE_MILLIS, (int) windowed.debounce().toMillis()))));
        if (properties.containsKey(REASONS)) {
            List<String> reasons = Arrays.stream(properties.get(REASONS).split("\\|")).map(String::strip)
                    .filter(reason -> !reason.isEmpty()).toList();
            RatingRules reasoned = rules;
            rules = wrap(REASONS, () -> reasoned.withReasons(reasons));
        }
        UnhappyAlertRule alert = rules.alert();
        UnhappyAlertRule configured = wrap("satisfaction.alert", () -> new UnhappyAlertRule(
                number(properties, ALERT_PERCENT, alert.unhappyPercent()),
                Duration.ofMinutes(number(properties, ALERT_MINUTES, (int) alert.period().toMinutes())),
                number(properties, ALERT_MINIMUM, alert.minimumRatings())));
        return rules.withAlert(configured);
    }

    private static Optional<String> text(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static int number(Map<String, String> properties, String key, int fallback) {
        Optional<String> value = text(properties, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: " + value.get());
        }
    }

    private static <T> T wrap(String key, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            throw new IllegalArgumentException(message.startsWith(key) ? message : key + ": " + message, e);
        }
    }
}
