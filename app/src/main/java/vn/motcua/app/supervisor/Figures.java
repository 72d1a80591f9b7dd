package vn.motcua.app.supervisor;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** How numbers look on the supervisor screen and in its report: durations to the second, shares as percent. */
final class Figures {
    static final String NONE = "–";

    private Figures() {
    }

    /** {@code 7:05} for 425 s, {@code 1:02:05} past an hour; never rounded to minutes. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        long hours = s / 3600;
        long minutes = s % 3600 / 60;
        long rest = s % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest)
                : String.format("%d:%02d", minutes, rest);
    }

    static String duration(OptionalDouble seconds) {
        return seconds.isPresent() ? duration(seconds.getAsDouble()) : NONE;
    }

    static String duration(OptionalLong seconds) {
        return seconds.isPresent() ? duration(seconds.getAsLong()) : NONE;
    }

    static String percent(OptionalDouble share, Locale locale) {
        return share.isPresent() ? String.format(locale, "%.1f %%", 100 * share.getAsDouble()) : NONE;
    }

    static String count(long value, Locale locale) {
        return String.format(locale, "%,d", value);
    }

    static String decimal(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }
}
