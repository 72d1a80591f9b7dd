package vn.motcua.core.rating;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the office rates service (DOMAIN §7), all configurable.
 *
 * @param scale    which key means which level
 * @param window   how long a keypad stays armed after a service (default 30 s)
 * @param debounce presses closer together than this form a burst: all of them are flagged, none counts
 *                 (default 600 ms); the one press of a calm citizen is accepted once this has passed after it
 * @param reasons  what the touch screen offers after "Không hài lòng" (Vietnamese, shown as written and stored
 *                 as chosen); empty: no question asked
 * @param alert    the unhappy-streak alert
 */
public record RatingRules(RatingScale scale, Duration window, Duration debounce, List<String> reasons,
        UnhappyAlertRule alert) {
    /** Published with the product; offices replace them in desk.properties. */
    public static final List<String> DEFAULT_REASONS = List.of(
            "Phải chờ đợi lâu",
            "Thái độ cán bộ chưa tốt",
            "Hướng dẫn chưa rõ ràng, phải đi lại nhiều lần",
            "Thủ tục, giấy tờ phức tạp",
            "Lý do khác");
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(30);
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(600);
    private static final int MAX_REASON_LENGTH = 200;

    public RatingRules {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(alert, "alert");
        if (window.compareTo(Duration.ofSeconds(5)) < 0 || window.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("The rating window must be 5 s..10 min");
        }
        if (debounce.isNegative() || debounce.compareTo(Duration.ofSeconds(5)) > 0) {
            throw new IllegalArgumentException("The rating debounce must be 0..5 s");
        }
        reasons = reasons.stream().map(String::strip).toList();
        if (reasons.stream().anyMatch(r -> r.isEmpty() || r.length() > MAX_REASON_LENGTH)
                || reasons.stream().distinct().count() != reasons.size()) {
            throw new IllegalArgumentException("Rating reasons must be distinct, non-empty and at most "
                    + MAX_REASON_LENGTH + " characters");
        }
    }

    public static RatingRules defaults() {
        return new RatingRules(RatingScale.threeLevels(), DEFAULT_WINDOW, DEFAULT_DEBOUNCE, DEFAULT_REASONS,
                UnhappyAlertRule.defaults());
    }

    public RatingRules withScale(RatingScale replaced) {
        return new RatingRules(replaced, window, debounce, reasons, alert);
    }

    public RatingRules withWindow(Duration replaced) {
        return new RatingRules(scale, replaced, debounce, reasons, alert);
    }

    public RatingRules withDebounce(Duration replaced) {
        return new RatingRules(scale, window, replaced, reasons, alert);
    }

    public RatingRules withReasons(List<String> replaced) {
        return new RatingRules(scale, window, debounce, replaced, alert);
    }

    public RatingRules withAlert(UnhappyAlertRule replaced) {
        return new RatingRules(scale, window, debounce, reasons, replaced);
    }

    /** Whether the touch screen asks why after an unhappy rating. */
    public boolean asksReason() {
        return !reasons.isEmpty();
    }
}
