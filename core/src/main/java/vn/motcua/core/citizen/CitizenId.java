package vn.motcua.core.citizen;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.core.common.Parsed;

/**
 * A personal identifier: the 12-digit personal ID number (số định danh cá nhân / CCCD,
 * {@code PPP G YY RRRRRR}) or an old 9-digit ID card number (CMND).
 *
 * <p>The 12-digit number has <b>no check digit</b>: validation can only check the province code of
 * birth registration ({@code PPP}), the century/gender digit ({@code G}) and that the birth year
 * ({@code YY} in the century of {@code G}) is plausible. A well-formed number may still belong to
 * nobody. An old CMND carries no decodable facts, so its province, gender and birth year are empty.
 *
 * <p>Personal data: {@link #toString()} returns the {@link #masked()} form, never the full number.
 */
public final class CitizenId {

    /** Oldest age accepted for the birth year encoded in a personal ID number. */
    public static final int MAX_AGE_YEARS = 120;

    public enum Kind {
        PERSONAL_ID_12(12),
        OLD_CMND_9(9);

        private final int length;

        Kind(int length) {
            this.length = length;
        }

        public int length() {
            return length;
        }
    }

    private static final int FIRST_BIRTH_CENTURY = 1900;

    private final String value;
    private final Kind kind;
    private final String provinceName;
    private final Gender gender;
    private final Integer birthYear;

    private CitizenId(String value, Kind kind, String provinceName, Gender gender, Integer birthYear) {
        this.value = value;
        this.kind = kind;
        this.provinceName = provinceName;
        this.gender = gender;
        this.birthYear = birthYear;
    }

    /**
     * Reads an identifier typed or scanned at the counter. Surrounding whitespace is trimmed and
     * spaces between digits are accepted ({@code "001 0 90 123456"}); any other character is an error.
     */
    public static Parsed<CitizenId, CitizenIdError> parse(String raw, LocalDate today) {
        return parse(raw, today, ProvinceCodes.bundled());
    }

    /** As {@link #parse(String, LocalDate)}, against a given province table. */
    public static Parsed<CitizenId, CitizenIdError> parse(String raw, LocalDate today, ProvinceCodes provinces) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(provinces, "provinces");
        String digits = raw == null ? "" : raw.strip().replace(" ", "");
        if (digits.isEmpty()) {
            return Parsed.err(CitizenIdError.EMPTY);
        }
        if (!isAsciiDigits(digits)) {
            return Parsed.err(CitizenIdError.NON_DIGIT);
        }
        if (digits.length() == Kind.PERSONAL_ID_12.length()) {
            return personalId(digits, today, provinces);
        }
        if (digits.length() == Kind.OLD_CMND_9.length()) {
            return Parsed.ok(new CitizenId(digits, Kind.OLD_CMND_9, null, null, null));
        }
        return Parsed.err(CitizenIdError.WRONG_LENGTH);
    }

    /** As {@link #parse(String, LocalDate)}, but only a 12-digit personal ID number is accepted. */
    public static Parsed<CitizenId, CitizenIdError> parsePersonalId(String raw, LocalDate today) {
        return parse(raw, today).flatMap(id -> id.kind() == Kind.PERSONAL_ID_12
                ? Parsed.ok(id)
                : Parsed.err(CitizenIdError.WRONG_LENGTH));
    }

    /** The digits only, without spaces. Personal data: do not log; use {@link #masked()}. */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    /** The 3-digit province code of birth registration; empty for an old CMND. */
    public Optional<String> provinceCode() {
        return kind == Kind.PERSONAL_ID_12 ? Optional.of(value.substring(0, 3)) : Optional.empty();
    }

    /** Name of the pre-2025 province of birth registration; empty for an old CMND. */
    public Optional<String> provinceName() {
        return Optional.ofNullable(provinceName);
    }

    /** Empty for an old CMND. */
    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    /** Empty for an old CMND. */
    public Optional<Integer> birthYear() {
        return Optional.ofNullable(birthYear);
    }

    /**
     * The form allowed in logs: {@code 001*******56} for a personal ID number, {@code 12*****89}
     * for an old CMND.
     */
    public String masked() {
        int shownAtStart = kind == Kind.PERSONAL_ID_12 ? 3 : 2;
        int shownAtEnd = 2;
        return value.substring(0, shownAtStart)
                + "*".repeat(value.length() - shownAtStart - shownAtEnd)
                + value.substring(value.length() - shownAtEnd);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@link #masked()} form: the full number is personal data. */
    @Override
    public String toString() {
        return masked();
    }

    private static Parsed<CitizenId, CitizenIdError> personalId(String digits, LocalDate today, ProvinceCodes provinces) {
        Optional<String> provinceName = provinces.nameOf(digits.substring(0, 3));
        if (provinceName.isEmpty()) {
            return Parsed.err(CitizenIdError.UNKNOWN_PROVINCE);
        }
        int centuryAndGender = digits.charAt(3) - '0';
        int birthYear = FIRST_BIRTH_CENTURY + 100 * (centuryAndGender / 2) + Integer.parseInt(digits.substring(4, 6));
        if (birthYear > today.getYear()) {
            return Parsed.err(CitizenIdError.BIRTH_YEAR_IN_FUTURE);
        }
        if (birthYear < today.getYear() - MAX_AGE_YEARS) {
            return Parsed.err(CitizenIdError.BIRTH_YEAR_IMPLAUSIBLE);
        }
        Gender gender = centuryAndGender % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        return Parsed.ok(new CitizenId(digits, Kind.PERSONAL_ID_12, provinceName.get(), gender, birthYear));
    }

    private static boolean isAsciiDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
