package vn.motcua.app.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-facing text of the desk, from {@code vn/motcua/app/i18n/messages*.properties} (Vietnamese is the
 * base bundle, English second), and the office's date and time formats: {@code dd/MM/yyyy}, 24-hour times,
 * zone Asia/Ho_Chi_Minh whatever the machine is set to.
 */
public final class Messages {
    public static final String BUNDLE = "vn.motcua.app.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads the bundle for the locale. No fallback to the machine's default locale: an English Windows must
     * still show Vietnamese when the desk is set to Vietnamese.
     */
    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public static Messages vietnamese() {
        return forLocale(VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key; a visible {@code !key!} (and a log line) when a key is missing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.error("Missing message key {}", key);
            return "!" + key + "!";
        }
    }

    /** The text for the key with {@code {0}}, {@code {1}} … replaced (MessageFormat rules: double a quote). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }

    /** An instant as the office's wall-clock time, e.g. {@code 14:05}. */
    public String time(Instant instant) {
        return TIME.format(instant.atZone(OFFICE_ZONE));
    }

    /** An instant as the office's date and time, e.g. {@code 23/11/2026 14:05}. */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(OFFICE_ZONE));
    }
}
