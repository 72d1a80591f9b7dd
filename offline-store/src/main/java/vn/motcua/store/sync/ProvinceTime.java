package vn.motcua.store.sync;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The contract's times: {@code yyyyMMddHHmmss}, office time (Asia/Ho_Chi_Minh), no zone in the text. */
final class ProvinceTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private ProvinceTime() {
    }

    static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }

    static Optional<LocalDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
