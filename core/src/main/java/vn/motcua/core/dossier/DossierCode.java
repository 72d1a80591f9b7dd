package vn.motcua.core.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mã hồ sơ: {@code {agency code}-{yymmdd}-{daily sequence}}, e.g. {@code 000.00.12.H62-201105-0004}.
 * The sequence is four digits, widening past 9999 rather than failing on an exceptional day.
 */
public record DossierCode(AgencyCode agency, LocalDate day, int sequence) implements Comparable<DossierCode> {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");
    private static final Pattern FORMAT = Pattern.compile("^(.{1,30})-(\\d{6})-(\\d{4,6})$");

    public DossierCode {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
        if (sequence < 1) {
            throw new IllegalArgumentException("Dossier sequence starts at 1");
        }
    }

    public String value() {
        return "%s-%s-%04d".formatted(agency.value(), YYMMDD.format(day), sequence);
    }

    /** Reads a code back; empty when the text is not a dossier code. Two-digit years are read as 20yy. */
    public static Optional<DossierCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(2), YYMMDD);
            return Optional.of(new DossierCode(new AgencyCode(m.group(1)), day, Integer.parseInt(m.group(3))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(DossierCode o) {
        return value().compareTo(o.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
