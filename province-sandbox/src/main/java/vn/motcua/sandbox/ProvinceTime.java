package vn.motcua.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The province's clock: contract times are {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh. It can be moved
 * forward through the admin API, so trainers and tests can expire sessions without waiting.
 */
final class ProvinceTime {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    ProvinceTime(Clock base) {
        this.base = base;
    }

    Instant now() {
        return base.instant().plus(offset);
    }

    String stamp() {
        return format(now());
    }

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    static String format(Instant instant) {
        return STAMP.format(instant.atZone(ZONE));
    }

    static Optional<Instant> parse(String stamp) {
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP).atZone(ZONE).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
