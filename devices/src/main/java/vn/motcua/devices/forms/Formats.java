package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How forms print dates (dd/MM/yyyy), times (24 h) and amounts of đồng (dot-grouped, as Vietnamese write them). */
final class Formats {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private Formats() {
    }

    static String vnd(long amount) {
        return String.format("%,d", amount).replace(',', '.');
    }

    /** The four ways a moment is printed, under {@code {prefix}At}, {@code Date}, {@code Hour}, {@code Minute}. */
    static void moment(FormValues.Builder values, String prefix, Optional<LocalDateTime> at) {
        values.text(prefix + "At", at.map(DATE_TIME::format).orElse(""))
                .text(prefix + "Date", at.map(DATE::format).orElse(""))
                .text(prefix + "Hour", at.map(t -> "%02d".formatted(t.getHour())).orElse(""))
                .text(prefix + "Minute", at.map(t -> "%02d".formatted(t.getMinute())).orElse(""));
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }
}
