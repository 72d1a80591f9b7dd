package vn.motcua.core.queue;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number printed on a ticket and called out: the service prefix and the day's sequence, {@code A001}.
 * Sequences restart every day per prefix, so a number is unique only together with its day.
 */
public record TicketNumber(String prefix, int sequence) {
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern TEXT = Pattern.compile("([A-Z]{1,3})0*([1-9][0-9]{0,5})");

    public TicketNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (!isPrefix(prefix) || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("A ticket number is 1-3 capital letters and 1..999999");
        }
    }

    public static boolean isPrefix(String text) {
        return text != null && PREFIX.matcher(text).matches();
    }

    /** Reads what a clerk typed ({@code a7}, {@code A007}); empty when it is not a ticket number. */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        return matcher.matches()
                ? Optional.of(new TicketNumber(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /** At least three digits, as on the paper: {@code A001}, {@code A1025}. */
    public String text() {
        return prefix + String.format(java.util.Locale.ROOT, "%03d", sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
